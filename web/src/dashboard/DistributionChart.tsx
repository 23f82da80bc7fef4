import { PREDIKAT_LABELS } from '@kinerja/shared';
import type { Predikat } from '../gql/graphql';
import { useId } from 'react';
import { useLocalized, useT } from '../i18n/i18n';
import { dashboardMessages } from './messages';

export interface DistributionData {
  total: number;
  rows: readonly { predikat: Predikat; count: number; percent: number }[];
  guideline: readonly { kind: string; percent?: number | null; predikat: readonly Predikat[] }[];
}

type Bound = DistributionData['guideline'][number];
type Translate = (
  key: 'bound.atMost' | 'bound.atLeast' | 'bound.present' | 'bound.absent' | 'bound.largest' | 'or',
  values?: Record<string, string | number>,
) => string;

/** One bound of the guideline in words (SE MenPANRB 3/2023's kinds: largest, atMost, atLeast, present, absent). */
export function boundText(t: Translate, bound: Bound, label: (p: Predikat) => string): string {
  const kind =
    bound.kind === 'atMost' || bound.kind === 'atLeast' || bound.kind === 'absent' || bound.kind === 'largest'
      ? bound.kind
      : 'present';
  return t(`bound.${kind}`, { percent: bound.percent ?? '', predikat: bound.predikat.map(label).join(t('or')) });
}

/** Width of a bar: its share of the counted assessments, 0–100 %. */
const barWidth = (percent: number) => `${Math.max(0, Math.min(100, percent))}%`;

/** The predikat distribution as horizontal bars (plain CSS) with the guideline limits marked, and the same numbers as a table. */
export function DistributionChart({ data, caption }: { data: DistributionData; caption: string }) {
  const t = useT(dashboardMessages);
  const localized = useLocalized();
  const captionId = useId();
  const label = (p: Predikat) => localized(PREDIKAT_LABELS[p]);
  /** Bounds on one predikat alone can be drawn on its bar; grouped ones are listed in text. */
  const markerOf = (p: Predikat) =>
    data.guideline.find(
      (b) => b.predikat.length === 1 && b.predikat[0] === p && b.percent != null && b.kind !== 'present',
    );
  const boundsOf = (p: Predikat) => data.guideline.filter((b) => b.predikat.includes(p));

  return (
    <figure className="distribution" aria-labelledby={captionId}>
      <figcaption id={captionId}>{caption}</figcaption>
      <ul className="bars">
        {data.rows.map((row) => {
          const marker = markerOf(row.predikat);
          return (
            <li key={row.predikat} className="bar-row" data-predikat={row.predikat}>
              <span className="bar-label">{label(row.predikat)}</span>
              <span className="bar-track" aria-hidden="true">
                <span
                  className={`bar bar-${row.predikat.toLowerCase()}`}
                  style={{ width: barWidth(row.percent) }}
                  data-testid={`bar-${row.predikat}`}
                />
                {marker && (
                  <span
                    className={`bar-limit limit-${marker.kind}`}
                    style={{ left: barWidth(marker.percent ?? 0) }}
                    title={t(marker.kind === 'atMost' ? 'limitAtMost' : 'limitAtLeast', {
                      percent: marker.percent ?? 0,
                    })}
                  />
                )}
              </span>
              <span className="bar-value">
                {t('rowText', { count: row.count, percent: row.percent })}
                {marker && (
                  <span className="visually-hidden">
                    {' '}
                    · {t(marker.kind === 'atMost' ? 'limitAtMost' : 'limitAtLeast', { percent: marker.percent ?? 0 })}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <details>
        <summary>{t('tableSummary')}</summary>
        <table className="distribution-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colPredikat')}</th>
              <th scope="col">{t('colCount')}</th>
              <th scope="col">{t('colPercent')}</th>
              <th scope="col">{t('colGuideline')}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => (
              <tr key={row.predikat}>
                <th scope="row">{label(row.predikat)}</th>
                <td>{row.count}</td>
                <td>{row.percent}%</td>
                <td>
                  {boundsOf(row.predikat)
                    .map((b) => boundText(t, b, label))
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The guideline's bounds in words. */
export function GuidelineList({ guideline }: { guideline: DistributionData['guideline'] }) {
  const t = useT(dashboardMessages);
  const localized = useLocalized();
  return (
    <ul>
      {guideline.map((b, i) => (
        <li key={i}>{boundText(t, b, (p) => localized(PREDIKAT_LABELS[p]))}</li>
      ))}
    </ul>
  );
}
