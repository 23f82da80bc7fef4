import type { ExpectationIndicator, Section } from '../template/definition.js';
import { BERAKHLAK_VALUES } from './berakhlak.js';

/** Key of the standard behaviour section. */
export const BERAKHLAK_SECTION_KEY = 'perilaku_kerja';

/**
 * The standard behaviour section: one required 'expectation' indicator per BerAKHLAK value,
 * key = lineageKey = the value's code, with the three guiding behaviours as guidance.
 * The section is unweighted, so the behaviour score is the plain mean: every value counts equally,
 * as none of the regulations ranks one value above another.
 */
export function berakhlakSection(): Section {
  const indicators: ExpectationIndicator[] = BERAKHLAK_VALUES.map((value) => ({
    kind: 'expectation',
    key: value.code,
    lineageKey: value.code,
    label: { ...value.label },
    help: { ...value.description },
    required: true,
    guidance: value.behaviours.map((behaviour) => ({ ...behaviour })),
  }));
  return {
    key: BERAKHLAK_SECTION_KEY,
    kind: 'behaviour',
    title: { id: 'Perilaku Kerja (BerAKHLAK)', en: 'Work behaviour (BerAKHLAK)' },
    description: {
      id: 'Nilai dasar ASN BerAKHLAK beserta panduan perilakunya.',
      en: 'The BerAKHLAK core values of the civil service and their guiding behaviours.',
    },
    weighted: false,
    indicators,
  };
}
