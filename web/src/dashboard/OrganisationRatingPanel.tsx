import { useMutation, useQuery } from '@apollo/client/react';
import {
  checkDistribution,
  ORGANISATION_RATING_LABELS,
  ORGANISATION_RATINGS,
  PREDIKAT_LABELS,
  type GuidelineRule,
  type OrganisationRating,
  type Predikat,
} from '@kinerja/shared';
import { useId, useState } from 'react';
import { messagesByField, refusalOf } from '../common/refusal';
import { useViewer } from '../common/viewer';
import type { OrganisationRatingPanelQuery } from '../gql/graphql';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import { boundText } from './DistributionChart';
import { dashboardMessages } from './messages';
import { useFormatDate } from '../common/format';
import { OrganisationRatingPanelDocument, RecordOrganisationRatingDocument } from './operations';

/** The longest note the server keeps with a recording. */
const NOTE_MAX = 2000;

type GuidelineRow = OrganisationRatingPanelQuery['distributionGuideline'][number];
type HistoryEntry = OrganisationRatingPanelQuery['organisationRatingHistory'][number];

/** A guideline row as the shared check takes it. */
const rulesOf = (row: GuidelineRow | undefined): GuidelineRule[] =>
  (row?.rules ?? []).map((rule) =>
    rule.kind === 'atMost' || rule.kind === 'atLeast'
      ? { kind: rule.kind, predikat: rule.predikat as Predikat[], percent: rule.percent ?? 0 }
      : { kind: rule.kind as 'largest' | 'present' | 'absent', predikat: rule.predikat as Predikat[] },
  );

interface RecordChoice {
  rating: OrganisationRating;
  note: string | null;
}

/**
 * HR's form to record the capaian kinerja organisasi of the unit for the sub-period, with a preview of what the
 * guideline (checked by the same shared rules as the server) would say of the current distribution.
 */
export function RecordRatingForm(props: {
  current: OrganisationRating | null;
  guideline: readonly GuidelineRow[];
  counts: Partial<Record<Predikat, number>>;
  busy: boolean;
  error?: string | null;
  noteProblems?: readonly string[];
  onSubmit: (choice: RecordChoice) => void;
}) {
  const t = useT(dashboardMessages);
  const localized = useLocalized();
  const id = useId();
  const [rating, setRating] = useState<OrganisationRating | ''>('');
  const [note, setNote] = useState('');
  const [ratingError, setRatingError] = useState<string | null>(null);
  const noteTooLong = note.trim().length > NOTE_MAX;
  const noteMessages = [
    ...(noteTooLong ? [t('record.noteTooLong', { max: NOTE_MAX, length: note.trim().length })] : []),
    ...(props.noteProblems ?? []),
  ];
  const preview = rating
    ? checkDistribution(props.counts, {
        organisationRating: rating,
        rules: rulesOf(props.guideline.find((row) => row.organisationRating === rating)),
      })
    : null;
  const previewWarnings = preview?.warnings.filter((w) => w.code !== 'DISTRIBUTION_EMPTY') ?? [];

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setRatingError(null);
    if (!rating) {
      setRatingError(t('record.ratingRequired'));
      return;
    }
    if (noteTooLong) return;
    props.onSubmit({ rating, note: note.trim() === '' ? null : note.trim() });
  };

  return (
    <form className="record-rating" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('record.heading')}</h3>
      <p className="hint">{t('record.intro')}</p>
      <label htmlFor={`${id}-rating`}>
        {t('record.rating')}
        <select
          id={`${id}-rating`}
          value={rating}
          aria-invalid={ratingError ? true : undefined}
          onChange={(event) =>
            setRating(
              (ORGANISATION_RATINGS as readonly string[]).includes(event.target.value)
                ? (event.target.value as OrganisationRating)
                : '',
            )
          }
        >
          <option value="">{t('record.choose')}</option>
          {ORGANISATION_RATINGS.map((value) => (
            <option key={value} value={value}>
              {localized(ORGANISATION_RATING_LABELS[value])}
              {value === props.current ? ` ${t('record.currentMark')}` : ''}
            </option>
          ))}
        </select>
      </label>
      <label htmlFor={`${id}-note`}>
        {t('record.note')}
        <textarea
          id={`${id}-note`}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-invalid={noteMessages.length > 0 || undefined}
          aria-describedby={`${id}-note-hint${noteMessages.length > 0 ? ` ${id}-note-error` : ''}`}
        />
      </label>
      <p className="hint" id={`${id}-note-hint`}>
        {t('record.noteHint', { max: NOTE_MAX, length: note.trim().length })}
      </p>
      {noteMessages.length > 0 && (
        <p className="field-error" id={`${id}-note-error`} role="alert">
          {noteMessages.join(' ')}
        </p>
      )}
      {preview && (
        <div className="record-preview" aria-live="polite">
          <p>
            {previewWarnings.length === 0
              ? t('record.previewNone')
              : t('record.previewSome', { count: previewWarnings.length })}
          </p>
          {previewWarnings.length > 0 && (
            <ul className="warnings">
              {previewWarnings.map((w) => (
                <li key={w.code + w.message.id}>{localized(w.message)}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {(ratingError || props.error) && (
        <p className="error" role="alert">
          {ratingError ?? props.error}
        </p>
      )}
      <button type="submit" className="primary" disabled={props.busy}>
        {props.busy ? t('record.busy') : t('record.button')}
      </button>
    </form>
  );
}

/** The recordings of the unit and sub-period, the one in force first. */
export function RatingHistory({ entries }: { entries: readonly HistoryEntry[] }) {
  const t = useT(dashboardMessages);
  const localized = useLocalized();
  const formatDate = useFormatDate();
  if (entries.length === 0) return <p className="hint">{t('history.empty')}</p>;
  return (
    <ol className="rating-history" reversed>
      {entries.map((entry) => (
        <li key={entry.id}>
          <strong>{localized(ORGANISATION_RATING_LABELS[entry.rating])}</strong>
          {entry.inForce && <span className="badge"> {t('history.inForce')}</span>}
          {' · '}
          {t('history.by', { name: entry.recordedByName ?? t('history.system'), date: formatDate(entry.recordedAt) })}
          {entry.note && <p className="note">{entry.note}</p>}
        </li>
      ))}
    </ol>
  );
}

/** Every row of the guideline of this instansi, as a table (SE MenPANRB 3/2023 as shipped, or as adjusted). */
export function GuidelineTable({ rows }: { rows: readonly GuidelineRow[] }) {
  const t = useT(dashboardMessages);
  const localized = useLocalized();
  const label = (p: Predikat) => localized(PREDIKAT_LABELS[p]);
  return (
    <details className="guideline-table">
      <summary>{t('guidelineTable.summary')}</summary>
      <table className="distribution-table">
        <caption className="visually-hidden">{t('guidelineTable.summary')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('guidelineTable.rating')}</th>
            <th scope="col">{t('guidelineTable.bounds')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                {localized(ORGANISATION_RATING_LABELS[row.organisationRating])}
                {!row.matchesRegulation && <span className="hint"> ({t('guidelineTable.adjusted')})</span>}
              </th>
              <td>{row.rules.map((rule) => boundText(t, rule, label)).join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/**
 * The capaian kinerja organisasi of the unit for the sub-period: the one in force (or that none is recorded), its
 * history, the guideline table, and for HR the form to record it (on behalf of the head of the organisation above).
 */
export function OrganisationRatingPanel(props: {
  unitId: string;
  subPeriodId: string;
  inForce: {
    rating: OrganisationRating;
    version: number;
    recordedAt: string;
    recordedByName?: string | null;
    note?: string | null;
  } | null;
  notice: string | null;
  counts: Partial<Record<Predikat, number>>;
  onRecorded: () => void;
}) {
  const t = useT(dashboardMessages);
  const localized = useLocalized();
  const { language } = useLanguage();
  const formatDate = useFormatDate();
  const { hasRole } = useViewer();
  const { data, refetch } = useQuery(OrganisationRatingPanelDocument, {
    variables: { unitId: props.unitId, subPeriodId: props.subPeriodId },
  });
  const [record] = useMutation(RecordOrganisationRatingDocument);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [noteProblems, setNoteProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  /** Bumped after a recording, so the form starts empty again. */
  const [generation, setGeneration] = useState(0);
  const guideline = data?.distributionGuideline ?? [];

  const submit = async (choice: RecordChoice) => {
    setBusy(true);
    setError(null);
    setNoteProblems([]);
    setSaved(null);
    try {
      await record({
        variables: {
          input: {
            unitId: props.unitId,
            subPeriodId: props.subPeriodId,
            rating: choice.rating,
            note: choice.note,
            expectedVersion: props.inForce?.version ?? 0,
          },
        },
      });
      setSaved(t('record.saved', { rating: localized(ORGANISATION_RATING_LABELS[choice.rating]) }));
      setGeneration((n) => n + 1);
      props.onRecorded();
      void refetch();
    } catch (failure) {
      const details = refusalOf(failure, language);
      setNoteProblems(messagesByField(details).note ?? []);
      setError(details.code === 'CONFLICT' ? `${details.message} ${t('record.reloaded')}` : details.message);
      if (details.code === 'CONFLICT') {
        props.onRecorded();
        void refetch();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="dash-org-rating" className="card org-rating">
      <h2 id="dash-org-rating">{t('orgRating.heading')}</h2>
      {props.inForce ? (
        <p className="org-rating-in-force">
          <strong>{localized(ORGANISATION_RATING_LABELS[props.inForce.rating])}</strong>{' '}
          {t('orgRating.recorded', {
            name: props.inForce.recordedByName ?? t('history.system'),
            date: formatDate(props.inForce.recordedAt),
            version: props.inForce.version,
          })}
        </p>
      ) : (
        <p className="org-rating-missing">{props.notice}</p>
      )}
      {props.inForce?.note && <p className="note">{props.inForce.note}</p>}
      <p className="hint">{t('orgRating.source')}</p>
      {saved && (
        <p role="status" className="success">
          {saved}
        </p>
      )}
      {hasRole('HR') && (
        <RecordRatingForm
          key={generation}
          current={props.inForce?.rating ?? null}
          guideline={guideline}
          counts={props.counts}
          busy={busy}
          error={error}
          noteProblems={noteProblems}
          onSubmit={(choice) => void submit(choice)}
        />
      )}
      <h3>{t('history.heading')}</h3>
      <RatingHistory entries={data?.organisationRatingHistory ?? []} />
      {guideline.length > 0 && <GuidelineTable rows={guideline} />}
    </section>
  );
}
