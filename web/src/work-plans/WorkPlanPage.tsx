import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { QueryState } from '../common/QueryState';
import { useViewer } from '../common/viewer';
import { useT } from '../i18n/i18n';
import { refusalOf, type Refusal } from '../common/refusal';
import { planMessages } from './messages';
import './plan.css';
import { PlanDetail } from './PlanDetail';
import type { SubPeriodRow } from './sub-period-rows';
import { RefusalAlert } from '../common/RefusalAlert';
import { CreateMyPlanDocument, MyPlanContextDocument, MyPlanDocument } from './operations';

/** The employee's work plan for the open period: write, submit, revise, and record realisation. */
export function WorkPlanPage() {
  const t = useT(planMessages);
  const { viewer } = useViewer();
  const employeeId = viewer?.employeeId ?? null;
  const context = useQuery(MyPlanContextDocument, { variables: { employeeId: employeeId ?? '' }, skip: !employeeId });
  const period = context.data?.periods.nodes.find((p) => p.state === 'OPEN') ?? null;
  return (
    <section aria-labelledby="plan-heading" className="plan-page">
      <h1 id="plan-heading">{t('heading')}</h1>
      <p>{t('intro')}</p>
      {!employeeId ? (
        <p className="empty">{t('noEmployee')}</p>
      ) : (
        <QueryState
          loading={context.loading && !context.data}
          error={context.error}
          empty={!period}
          emptyText={t('noOpenPeriod')}
          onRetry={() => void context.refetch()}
        >
          {period && (
            <PeriodPlan
              employeeId={employeeId}
              period={period}
              supervisorId={context.data?.employee?.supervisor?.id ?? null}
            />
          )}
        </QueryState>
      )}
    </section>
  );
}

function PeriodPlan(props: {
  employeeId: string;
  period: { id: string; year: number; subPeriods: readonly SubPeriodRow[] };
  supervisorId: string | null;
}) {
  const t = useT(planMessages);
  const { data, loading, error, refetch } = useQuery(MyPlanDocument, {
    variables: { employeeId: props.employeeId, periodId: props.period.id },
  });
  const [create, creation] = useMutation(CreateMyPlanDocument);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const plan = data?.workPlans.edges[0]?.node ?? null;

  async function start() {
    setRefusal(null);
    try {
      await create({ variables: { input: { periodId: props.period.id } } });
      await refetch();
    } catch (failure) {
      setRefusal(refusalOf(failure));
    }
  }

  return (
    <>
      <h2>{t('periodLabel', { year: props.period.year })}</h2>
      <QueryState loading={loading && !data} error={error} empty={false} emptyText="" onRetry={() => void refetch()}>
        {plan ? (
          <PlanDetail
            key={plan.id}
            plan={plan}
            period={props.period}
            supervisorId={props.supervisorId}
            onReload={() => refetch()}
          />
        ) : (
          <div className="card">
            <p>{t('noPlan')}</p>
            <p className="hint">{t('createHint')}</p>
            {refusal && <RefusalAlert refusal={refusal} />}
            <button type="button" className="primary" disabled={creation.loading} onClick={() => void start()}>
              {creation.loading ? t('creating') : t('create')}
            </button>
          </div>
        )}
      </QueryState>
    </>
  );
}
