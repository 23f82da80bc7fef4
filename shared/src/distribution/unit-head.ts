import { text, type LocalizedText } from '../common/localized-text.js';
import { RATING_LABELS, type Rating } from '../scoring/rating.js';
import { ORGANISATION_RATING_LABELS, type OrganisationRating } from './guideline.js';

/**
 * SE MenPANRB 3/2023: when the employee assessed heads a unit (pimpinan unit kerja), the unit's capaian kinerja
 * organisasi for the period becomes their rating hasil kerja: Istimewa → Di Atas Ekspektasi, Baik → Sesuai
 * Ekspektasi, anything lower → Di Bawah Ekspektasi.
 */
export const HEAD_WORK_RESULTS_RATING: Readonly<Record<OrganisationRating, Rating>> = {
  ISTIMEWA: 'ABOVE',
  BAIK: 'MEETS',
  BUTUH_PERBAIKAN: 'BELOW',
  KURANG: 'BELOW',
  SANGAT_KURANG: 'BELOW',
};

/** What is known about the unit an assessed employee heads, for the sub-period assessed. */
export interface UnitHeadContext {
  /** The unit's name, to say whose capaian it is. */
  unitName: string;
  /** The capaian kinerja organisasi in force for the sub-period; null when none is recorded yet. */
  organisationRating: OrganisationRating | null;
}

export interface WorkResultsSuggestion {
  /** The suggested rating hasil kerja; null when neither the unit nor the score gives one. */
  rating: Rating | null;
  /** Where it comes from: the unit's capaian (its head), or the score of the form. */
  basis: 'ORGANISATION' | 'SCORE';
  /** Why, for the form: null for a plain score-based suggestion. */
  note: LocalizedText | null;
}

/**
 * The suggested rating hasil kerja: for a unit head (`head` given) the one that follows the unit's capaian
 * kinerja organisasi; with none recorded yet, or for anyone else, the score's. A supervisor who departs from
 * it writes a reason, as from any suggestion.
 */
export function suggestWorkResultsRating(
  scoreRating: Rating | null,
  head: UnitHeadContext | null,
  subPeriodName?: LocalizedText,
): WorkResultsSuggestion {
  if (!head) return { rating: scoreRating, basis: 'SCORE', note: null };
  if (head.organisationRating === null) {
    const when = subPeriodName
      ? { id: ` untuk ${subPeriodName.id}`, en: ` for ${subPeriodName.en}` }
      : { id: '', en: '' };
    return {
      rating: scoreRating,
      basis: 'SCORE',
      note: text(
        `Capaian kinerja organisasi ${head.unitName}${when.id} belum dicatat; saran mengikuti skor.`,
        `The capaian kinerja organisasi of ${head.unitName}${when.en} is not recorded yet; the suggestion follows the score.`,
      ),
    };
  }
  const rating = HEAD_WORK_RESULTS_RATING[head.organisationRating];
  const org = ORGANISATION_RATING_LABELS[head.organisationRating];
  return {
    rating,
    basis: 'ORGANISATION',
    note: text(
      `Disarankan: ${RATING_LABELS[rating].id} — mengikuti capaian kinerja organisasi ${org.id}`,
      `Suggested: ${RATING_LABELS[rating].en} — following the capaian kinerja organisasi ${org.en}`,
    ),
  };
}
