import { berakhlakSection, DEFAULT_RATING_THRESHOLDS, type TemplateDefinition } from '@kinerja/shared';

/** What a brand-new template starts from: an empty Hasil Kerja section and the standard BerAKHLAK section. */
export function starterDefinition(): TemplateDefinition {
  return {
    sections: [
      {
        key: 'hasil_kerja',
        kind: 'workResults',
        title: { id: 'Hasil Kerja', en: 'Work results' },
        weighted: true,
        indicators: [],
      },
      berakhlakSection(),
    ],
    ratingThresholds: structuredClone(DEFAULT_RATING_THRESHOLDS),
  };
}
