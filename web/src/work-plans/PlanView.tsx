import { useT } from '../i18n/i18n';
import { planMessages } from './messages';
import { defaultAggregationOf, type StoredResult } from './model';
import { PeriodicTargetsTable } from '../common/PeriodicTargetsTable';

/** A submitted or approved plan, read-only; with the periodic targets of the period's `subPeriods` when there are any. */
export function PlanView({
  results,
  subPeriods = [],
}: {
  results: readonly StoredResult[];
  subPeriods?: readonly { number: number; label: string }[];
}) {
  const t = useT(planMessages);
  if (results.length === 0) return <p className="empty">{t('noResults')}</p>;
  return (
    <ol className="plan-results">
      {results.map((result, r) => (
        <li key={result.id} className="card plan-result">
          <h4>
            {t('resultN', { n: r + 1 })}: {result.title} <span className="badge">{t(`kind.${result.kind}`)}</span>
          </h4>
          {result.parentResult && <p className="hint">{t('parentLinked', { title: result.parentResult.title })}</p>}
          <div className="table-scroll">
            <table className="plan-table">
              <caption className="visually-hidden">{t('targets')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('label')}</th>
                  <th scope="col">{t('aspect')}</th>
                  <th scope="col">{t('target')}</th>
                  <th scope="col">{t('direction')}</th>
                </tr>
              </thead>
              <tbody>
                {result.targets.map((target) => (
                  <tr key={target.id}>
                    <td>{target.label}</td>
                    <td>{t(`aspect.${target.aspect}`)}</td>
                    <td>
                      {target.target} {target.unit}
                    </td>
                    <td>{t(`direction.${target.direction}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PeriodicTargetsTable
            subPeriods={subPeriods}
            targets={result.targets.map((target) => ({
              id: target.id,
              label: target.label,
              unit: target.unit,
              target: target.target,
              aggregation: target.aggregation ?? defaultAggregationOf(target.aspect),
              periodicTargets: target.periodicTargets ?? [],
            }))}
          />
        </li>
      ))}
    </ol>
  );
}
