import type { ApiIndicator, ApiVersion } from './model';

const text = (id: string, en: string) => ({ id, en });

function target(key: string, label: string, weight: number): ApiIndicator {
  return {
    __typename: 'TargetIndicator',
    key,
    lineageKey: key,
    kind: 'TARGET',
    required: true,
    weight,
    label: text(label, label),
    help: null,
    visibleWhen: null,
    aspect: 'QUANTITY',
    target: 12,
    unit: 'dokumen',
    direction: 'HIGHER_IS_BETTER',
    aggregation: null,
  };
}

/** A small draft in the API's shape: one weighted Hasil Kerja section (60 + 40) and a feedback section. */
export function draftVersion(overrides: Partial<ApiVersion> = {}): ApiVersion {
  return {
    id: 'v2',
    number: 2,
    status: 'DRAFT',
    revision: 3,
    publishedAt: null,
    createdAt: '2026-01-05T00:00:00.000Z',
    problems: [],
    ratingThresholds: { workResults: { meets: 80, above: 110 }, behaviour: { meets: 80, above: 110 } },
    sections: [
      {
        key: 'hasil_kerja',
        kind: 'WORK_RESULTS',
        weighted: true,
        weight: null,
        title: text('Hasil Kerja', 'Work results'),
        description: null,
        indicators: [target('laporan', 'Laporan bulanan', 60), target('layanan', 'Layanan tepat waktu', 40)],
      },
      {
        key: 'umpan_balik',
        kind: 'FEEDBACK',
        weighted: false,
        weight: null,
        title: text('Umpan balik', 'Feedback'),
        description: null,
        indicators: [
          {
            __typename: 'TextIndicator',
            key: 'kekuatan',
            lineageKey: 'kekuatan',
            kind: 'TEXT',
            required: false,
            weight: null,
            label: text('Kekuatan', 'Strengths'),
            help: null,
            visibleWhen: null,
            maxLength: 2000,
          },
        ],
      },
    ],
    ...overrides,
  };
}
