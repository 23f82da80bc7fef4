import { useId } from 'react';
import type { TargetAggregation } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/i18n';
import { periodicMessages } from './periodic-messages';
import './periodic.css';
import { formatScore } from './format';

/** A target with its periodic targets, as the API gives them (WorkTarget). */
interface PeriodicTargetRow {
  id: string;
  label: string;
  unit: string;
  target: number;
  aggregation: TargetAggregation;
  periodicTargets: readonly { number: number; target: number }[];
}

/**
 * The periodic targets (rencana aksi) of a result's targets, read-only: one row per target, one column per
 * sub-period, then the annual target and how the year adds up. Scrolls inside itself on a narrow screen.
 */
export function PeriodicTargetsTable({
  targets,
  subPeriods,
}: {
  targets: readonly PeriodicTargetRow[];
  subPeriods: readonly { number: number; label: string }[];
}) {
  const t = useT(periodicMessages);
  const { language } = useLanguage();
  const captionId = useId();
  if (subPeriods.length === 0 || targets.length === 0) return null;
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="periodic-table">
        <caption id={captionId}>{t('periodic')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('label')}</th>
            {subPeriods.map((sub) => (
              <th scope="col" key={sub.number} className="num">
                {sub.label}
              </th>
            ))}
            <th scope="col" className="num">
              {t('annual')}
            </th>
            <th scope="col">{t('periodicBy')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => {
            const byNumber = new Map(target.periodicTargets.map((p) => [p.number, p.target]));
            return (
              <tr key={target.id}>
                <th scope="row">{target.label}</th>
                {subPeriods.map((sub) => (
                  <td key={sub.number} className="num">
                    {formatScore(byNumber.get(sub.number), language)}
                  </td>
                ))}
                <td className="num">
                  {formatScore(target.target, language)} {target.unit}
                </td>
                <td>{t(`aggregation.${target.aggregation}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
