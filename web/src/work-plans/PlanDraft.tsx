import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import type { MyPlanFieldsFragment } from '../gql/graphql';
import { useLocalized, useT } from '../i18n/i18n';
import { makeRefusal, refusalOf, type Refusal } from '../common/refusal';
import { planMessages } from './messages';
import { planProblems, toDraft, toInput, type DraftResult } from './model';
import { PlanEditor, type ShownProblem } from './PlanEditor';
import { RefusalAlert } from '../common/RefusalAlert';
import { SaveMyPlanDocument, SubmitMyPlanDocument, SupervisorResultsDocument } from './operations';
import type { PeriodicSubPeriod } from './sub-period-rows';

export function PlanDraft(props: {
  plan: MyPlanFieldsFragment;
  periodId: string;
  subPeriods: readonly PeriodicSubPeriod[];
  supervisorId: string | null;
  onReload(): Promise<unknown>;
  onSubmitted(): void;
}) {
  const { plan } = props;
  const t = useT(planMessages);
  const count = props.subPeriods.length;
  const [draft, setDraft] = useState<DraftResult[]>(() => toDraft(plan.results, count));
  const [dirty, setDirty] = useState(false);
  const [serverProblems, setServerProblems] = useState<ShownProblem[]>([]);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [showSubmission, setShowSubmission] = useState(false);
  const [save, saving] = useMutation(SaveMyPlanDocument);
  const [submit, submitting] = useMutation(SubmitMyPlanDocument);
  const supervisor = useQuery(SupervisorResultsDocument, {
    variables: { employeeId: props.supervisorId ?? '', periodId: props.periodId },
    skip: !props.supervisorId,
  });
  const parentOptions = supervisor.data?.workPlans.edges[0]?.node.results ?? null;

  const draftProblems = useMemo(() => planProblems(draft, false, count), [draft, count]);
  const submissionProblems = useMemo(() => planProblems(draft, true, count), [draft, count]);
  const localized = useLocalized();
  const shown: ShownProblem[] = [
    ...(showSubmission ? submissionProblems : draftProblems).map((p) => ({
      path: p.path,
      message: localized(p.message),
    })),
    ...serverProblems,
  ];

  function change(next: DraftResult[]) {
    setDraft(next);
    setDirty(true);
    setServerProblems([]);
    setNotice(null);
  }

  function fail(failure: unknown) {
    const r = refusalOf(failure);
    setRefusal(r);
    setServerProblems(r.problems.map((p) => ({ path: p.path, message: p.message })));
  }

  /** Saves the draft; returns the new lockVersion, or null when it was not saved. */
  async function saveDraft(): Promise<number | null> {
    setRefusal(null);
    setNotice(null);
    if (draftProblems.length > 0) {
      setRefusal(makeRefusal(null, t('fixFirst', { count: draftProblems.length })));
      return null;
    }
    try {
      const result = await save({
        variables: { input: { planId: plan.id, expectedLockVersion: plan.lockVersion, results: toInput(draft) } },
      });
      const saved = result.data?.saveWorkPlan.plan;
      if (!saved) return null;
      setDraft(toDraft(saved.results, count));
      setDirty(false);
      setNotice(t('saved'));
      return saved.lockVersion;
    } catch (failure) {
      fail(failure);
      return null;
    }
  }

  async function saveAndSubmit() {
    setShowSubmission(true);
    setRefusal(null);
    if (submissionProblems.length > 0) {
      setRefusal(makeRefusal(null, t('fixFirst', { count: submissionProblems.length })));
      return;
    }
    const lockVersion = dirty ? await saveDraft() : plan.lockVersion;
    if (lockVersion === null) return;
    try {
      await submit({ variables: { input: { planId: plan.id, expectedLockVersion: lockVersion } } });
      props.onSubmitted();
    } catch (failure) {
      fail(failure);
    }
  }

  const busy = saving.loading || submitting.loading;
  return (
    <>
      <h3>{t('results')}</h3>
      {props.supervisorId && !supervisor.loading && !parentOptions?.length && (
        <p className="hint">{t('parentHidden')}</p>
      )}
      <PlanEditor
        draft={draft}
        onChange={change}
        problems={shown}
        parentOptions={parentOptions}
        disabled={busy}
        subPeriods={props.subPeriods}
      />
      <div className="plan-footer" aria-live="polite">
        {refusal && (
          <RefusalAlert refusal={refusal} message={refusal.code === 'CONFLICT' ? t('conflict') : undefined}>
            {refusal.code === 'CONFLICT' && (
              <button type="button" onClick={() => void props.onReload()}>
                {t('reload')}
              </button>
            )}
          </RefusalAlert>
        )}
        {notice && <p className="success">{notice}</p>}
        {dirty && <p className="hint">{t('unsaved')}</p>}
        <div className="plan-actions">
          <button type="button" disabled={busy} onClick={() => void saveDraft()}>
            {saving.loading ? t('saving') : t('save')}
          </button>
          <button type="button" className="primary" disabled={busy} onClick={() => void saveAndSubmit()}>
            {submitting.loading ? t('submitting') : t('submit')}
          </button>
        </div>
      </div>
    </>
  );
}
