import { useT } from '../i18n/i18n';
import { planMessages } from './messages';
import type { StoredResult } from './model';

/** A submitted or approved plan, read-only. */
export function PlanView({ results }: { results: readonly StoredResult[] }) {
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
        </li>
      ))}
    </ol>
  );
}
