import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { MyPlanFieldsFragment } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/i18n';
import { refusalOf, type Refusal } from '../common/refusal';
import { planMessages } from './messages';
import { PlanView } from './PlanView';
import { formatDate } from '../common/format';
import { periodicSubPeriods } from '../common/periods';
import { RefusalAlert } from '../common/RefusalAlert';
import { ReviseMyPlanDocument } from './operations';
import { PlanDraft } from './PlanDraft';
import { Realisation } from './Realisation';
import type { SubPeriodRow } from './sub-period-rows';

export function PlanDetail(props: {
  plan: MyPlanFieldsFragment;
  period: { id: string; subPeriods: readonly SubPeriodRow[] };
  supervisorId: string | null;
  onReload(): Promise<unknown>;
}) {
  const { plan } = props;
  const t = useT(planMessages);
  const { language } = useLanguage();
  const editable = plan.status === 'DRAFT' || plan.status === 'RETURNED';
  const periodic = periodicSubPeriods(props.period.subPeriods, language);
  const inForce = plan.status === 'APPROVED' ? plan : plan.previous?.status === 'APPROVED' ? plan.previous : null;
  const [draftKey, setDraftKey] = useState(0);
  /** Set when this revision was just submitted here: the editor leaves with the status change, the confirmation stays. */
  const [submittedHere, setSubmittedHere] = useState(false);
  const reloadDraft = async () => {
    await props.onReload();
    setDraftKey((k) => k + 1);
  };

  return (
    <>
      <div className={`card plan-status status-${plan.status.toLowerCase()}`} aria-live="polite">
        <p>
          <strong>{t('revisionOf', { revision: plan.revision })}</strong> · {t('status')}:{' '}
          <span className={`badge badge-plan-${plan.status.toLowerCase()}`}>{t(`status.${plan.status}`)}</span>
        </p>
        <p>{t(`statusHint.${plan.status}`)}</p>
        {submittedHere && plan.status === 'SUBMITTED' && (
          <p role="status" className="success">
            {t('submitted')}
          </p>
        )}
        {plan.approver && <p className="hint">{t('approver', { name: plan.approver.name })}</p>}
        {plan.decisionComment && (
          <figure className="decision-comment">
            <figcaption>
              {t('decisionComment')}
              {plan.decidedAt && <> · {t('decidedAt', { date: formatDate(plan.decidedAt, language) })}</>}
            </figcaption>
            <blockquote>{plan.decisionComment}</blockquote>
          </figure>
        )}
      </div>

      {editable ? (
        <PlanDraft
          key={draftKey}
          plan={plan}
          periodId={props.period.id}
          subPeriods={periodic}
          supervisorId={props.supervisorId}
          onReload={reloadDraft}
          onSubmitted={() => setSubmittedHere(true)}
        />
      ) : (
        <>
          <h3>{t('results')}</h3>
          <PlanView results={plan.results} subPeriods={periodic} />
          {plan.status === 'APPROVED' && <ReviseButton plan={plan} onDone={props.onReload} />}
        </>
      )}

      {inForce && <Realisation results={inForce.results} subPeriods={props.period.subPeriods} />}

      <section aria-labelledby="plan-history" className="plan-history">
        <h3 id="plan-history">{t('history')}</h3>
        <ol>
          {plan.revisions.map((r) => (
            <li key={r.id}>
              <strong>{t('historyRow', { revision: r.revision, status: t(`status.${r.status}`) })}</strong>
              {' · '}
              {t('createdAtLabel', { date: formatDate(r.createdAt, language) })}
              {r.submittedAt && <> · {t('submittedAtLabel', { date: formatDate(r.submittedAt, language) })}</>}
              {r.decidedAt && <> · {t('decidedAt', { date: formatDate(r.decidedAt, language) })}</>}
              {r.decisionComment && <blockquote>{r.decisionComment}</blockquote>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

function ReviseButton({ plan, onDone }: { plan: MyPlanFieldsFragment; onDone(): Promise<unknown> }) {
  const t = useT(planMessages);
  const [revise, { loading }] = useMutation(ReviseMyPlanDocument);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  async function run() {
    setRefusal(null);
    try {
      await revise({ variables: { input: { planId: plan.id, expectedLockVersion: plan.lockVersion } } });
      await onDone();
    } catch (failure) {
      setRefusal(refusalOf(failure));
    }
  }
  return (
    <div className="plan-actions">
      <p className="hint">{t('reviseHint')}</p>
      {refusal && <RefusalAlert refusal={refusal} />}
      <button type="button" disabled={loading} onClick={() => void run()}>
        {loading ? t('revising') : t('revise')}
      </button>
    </div>
  );
}
