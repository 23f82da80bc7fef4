import { useQuery } from '@apollo/client/react';
import { ORGANISATION_RATING_LABELS } from '@kinerja/shared';
import { useState } from 'react';
import { QueryState } from '../common/QueryState';
import type { DashboardOptionsQuery } from '../gql/graphql';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import { DistributionChart, GuidelineList } from './DistributionChart';
import { dashboardMessages } from './messages';
import { OrganisationRatingPanel } from './OrganisationRatingPanel';
import './dashboard.css';
import { DashboardOptionsDocument, UnitDistributionDocument } from './operations';

type Period = DashboardOptionsQuery['periods']['nodes'][number];
type Unit = DashboardOptionsQuery['units'][number];

/** The last sub-period that has already ended (the one most likely assessed), else the annual one. */
function defaultSubPeriod(period: Period | undefined, today: string): string {
  if (!period) return '';
  const ended = period.subPeriods.filter((s) => s.kind !== 'ANNUAL' && s.endDate < today);
  return (
    ended[ended.length - 1]?.id ??
    period.subPeriods.find((s) => s.kind === 'ANNUAL')?.id ??
    period.subPeriods[0]?.id ??
    ''
  );
}

/** Active employees of the unit, and of every unit below it when asked. */
export function employeesOf(
  units: readonly Pick<Unit, 'id' | 'code' | 'path' | 'employees'>[],
  unitId: string,
  includeSubUnits: boolean,
): number {
  const unit = units.find((u) => u.id === unitId);
  if (!unit) return 0;
  if (!includeSubUnits) return unit.employees.length;
  return units
    .filter((u) => u.id === unit.id || u.path.includes(unit.code))
    .reduce((sum, u) => sum + u.employees.length, 0);
}

export function DashboardPage() {
  const t = useT(dashboardMessages);
  const { data, loading, error, refetch } = useQuery(DashboardOptionsDocument);
  const units = data?.units ?? [];
  const periods = data?.periods.nodes ?? [];
  return (
    <section aria-labelledby="dashboard-heading" className="dashboard-page">
      <h1 id="dashboard-heading">{t('heading')}</h1>
      <p>{t('intro')}</p>
      <QueryState
        loading={loading && !data}
        error={error}
        empty={units.length === 0 || periods.length === 0}
        emptyText={t('noUnits')}
        onRetry={() => void refetch()}
      >
        {data && <Dashboard units={units} periods={periods} />}
      </QueryState>
    </section>
  );
}

function Dashboard({ units, periods }: { units: readonly Unit[]; periods: readonly Period[] }) {
  const t = useT(dashboardMessages);
  const { language } = useLanguage();
  const localized = useLocalized();
  const today = new Date().toISOString().slice(0, 10);
  const initialPeriod = periods.find((p) => p.state === 'OPEN') ?? periods[0];
  const [unitId, setUnitId] = useState(units[0]?.id ?? '');
  const [periodId, setPeriodId] = useState(initialPeriod?.id ?? '');
  const [subPeriodId, setSubPeriodId] = useState(() => defaultSubPeriod(initialPeriod, today));
  const [includeSubUnits, setIncludeSubUnits] = useState(true);
  const period = periods.find((p) => p.id === periodId);
  const unit = units.find((u) => u.id === unitId);
  const { data, loading, error, refetch } = useQuery(UnitDistributionDocument, {
    variables: {
      unitId,
      periodId,
      subPeriodId: subPeriodId || null,
      subPeriodIds: subPeriodId ? [subPeriodId] : null,
      includeSubUnits,
    },
    skip: !unitId || !periodId,
  });
  const distribution = data?.predikatDistribution;
  const employees = employeesOf(units, unitId, includeSubUnits);
  const submitted = distribution?.total ?? 0;
  const percent = employees > 0 ? Math.round((submitted / employees) * 1000) / 10 : 0;
  const subPeriodName = (s: { name: string; nameEn: string }) => (language === 'id' ? s.name : s.nameEn);
  const rating = distribution?.organisationRating
    ? localized(ORGANISATION_RATING_LABELS[distribution.organisationRating])
    : t('ratingNone');
  const counts = Object.fromEntries((distribution?.rows ?? []).map((row) => [row.predikat, row.count]));

  return (
    <>
      <fieldset className="dashboard-filters">
        <legend>{t('filters')}</legend>
        <label htmlFor="dash-unit">
          {t('unit')}
          <select id="dash-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {'\u00a0\u00a0'.repeat(u.depth)}
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor="dash-period">
          {t('period')}
          <select
            id="dash-period"
            value={periodId}
            onChange={(e) => {
              setPeriodId(e.target.value);
              setSubPeriodId(
                defaultSubPeriod(
                  periods.find((p) => p.id === e.target.value),
                  today,
                ),
              );
            }}
          >
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {p.year}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor="dash-sub-period">
          {t('subPeriod')}
          <select id="dash-sub-period" value={subPeriodId} onChange={(e) => setSubPeriodId(e.target.value)}>
            {(period?.subPeriods ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {subPeriodName(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={includeSubUnits} onChange={(e) => setIncludeSubUnits(e.target.checked)} />
          {t('includeSubUnits')}
        </label>
      </fieldset>

      <QueryState
        loading={loading && !data}
        error={error}
        empty={!distribution}
        emptyText={t('emptyDistribution')}
        onRetry={() => void refetch()}
      >
        {distribution && (
          <div className="dashboard-grid">
            <section aria-labelledby="dash-distribution" className="card">
              <h2 id="dash-distribution">{t('distribution')}</h2>
              {distribution.total === 0 && <p className="empty">{t('emptyDistribution')}</p>}
              <DistributionChart
                data={distribution}
                caption={t('chartCaption', {
                  unit: unit?.name ?? '',
                  subPeriod: subPeriodName(distribution.subPeriod),
                  total: distribution.total,
                  rating,
                })}
              />
              {distribution.organisationRating ? (
                <>
                  <h3>{t('guideline', { rating })}</h3>
                  <GuidelineList guideline={distribution.guideline} />
                </>
              ) : (
                <p className="hint">{t('noExpectation')}</p>
              )}
              <h3>{t('warnings')}</h3>
              {distribution.warnings.length === 0 ? (
                distribution.organisationRating ? (
                  <p className="success">{t('noWarnings')}</p>
                ) : (
                  <p className="hint">{distribution.notice}</p>
                )
              ) : (
                <>
                  <ul className="warnings">
                    {distribution.warnings.map((w) => (
                      <li key={w.code + w.message}>{w.message}</li>
                    ))}
                  </ul>
                  <p className="hint">{t('warningHint')}</p>
                </>
              )}
            </section>
            <section aria-labelledby="dash-progress" className="card">
              <h2 id="dash-progress">{t('progress')}</h2>
              <label htmlFor="dash-progress-bar">{t('progressLabel')}</label>
              <progress
                id="dash-progress-bar"
                max={Math.max(employees, 1)}
                value={Math.min(submitted, Math.max(employees, 1))}
              >
                {percent}%
              </progress>
              <p>{t('progressUnit', { submitted, employees, percent })}</p>
              <p>{t('progressAll', { count: data?.assessments.totalCount ?? 0 })}</p>
              <p className="hint">{t('progressNote')}</p>
            </section>
            <OrganisationRatingPanel
              key={`${unitId}:${distribution.subPeriod.id}`}
              unitId={unitId}
              subPeriodId={distribution.subPeriod.id}
              inForce={distribution.organisationRatingRecord ?? null}
              notice={distribution.notice ?? null}
              counts={counts}
              onRecorded={() => void refetch()}
            />
          </div>
        )}
      </QueryState>
    </>
  );
}
