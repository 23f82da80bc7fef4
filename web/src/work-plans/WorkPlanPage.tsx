import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { QueryState } from '../common/QueryState';
import { useViewer } from '../common/viewer';
import type { MyPlanFieldsFragment } from '../gql/graphql';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import { common } from '../i18n/messages';
import { makeRefusal, refusalOf, type Refusal } from '../common/refusal';
import { planMessages } from './messages';
import { planProblems, toDraft, toInput, type DraftResult } from './model';
import { PlanEditor, type ShownProblem } from './PlanEditor';
import { PlanView } from './PlanView';
import { RealisationForm } from './RealisationForm';
import './plan.css';
import { formatDate, formatScore } from '../common/format';
import { periodicSubPeriods, todayIso } from '../common/periods';
import { currentSubPeriod } from '@kinerja/shared';
import { RefusalAlert } from '../common/RefusalAlert';
import {
  CreateMyPlanDocument,
  MyPlanContextDocument,
  MyPlanDocument,
  RecordMyRealisationDocument,
  ReviseMyPlanDocument,
  SaveMyPlanDocument,
  SubmitMyPlanDocument,
  SupervisorResultsDocument,
} from './operations';

type SubPeriodRow = {
  id: string;
  kind: string;
  number: number;
  name: string;
  nameEn: string;
  startDate: string;
  endDate: string;
};
/** A periodic sub-period as the plan labels it (Triwulan I…). */
type PeriodicSubPeriod = { number: number; label: string };

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

function PlanDetail(props: {
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

function PlanDraft(props: {
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

function Realisation(props: {
  results: MyPlanFieldsFragment['results'] | NonNullable<MyPlanFieldsFragment['previous']>['results'];
  subPeriods: readonly SubPeriodRow[];
}) {
  const t = useT(planMessages);
  const { language } = useLanguage();
  const [subPeriodId, setSubPeriodId] = useState(() => currentSubPeriod(props.subPeriods, todayIso())?.id ?? '');
  const [record] = useMutation(RecordMyRealisationDocument);
  const tc = useT(common);
  // The target of the chosen sub-period, when it is a periodic one (the annual one is measured against the annual target).
  const chosen = props.subPeriods.find((s) => s.id === subPeriodId);
  const selected = chosen && chosen.kind !== 'ANNUAL' ? periodicSubPeriods([chosen], language)[0] : undefined;
  const periodicTarget = (target: { periodicTargets: readonly { number: number; target: number }[] }) =>
    selected ? target.periodicTargets.find((p) => p.number === selected.number)?.target : undefined;
  return (
    <section aria-labelledby="realisation-heading" className="realisation">
      <h3 id="realisation-heading">{t('realisation')}</h3>
      <p>{t('realisationIntro')}</p>
      <label htmlFor="realisation-sub-period" className="narrow">
        {t('subPeriod')}
        <select id="realisation-sub-period" value={subPeriodId} onChange={(e) => setSubPeriodId(e.target.value)}>
          {props.subPeriods.map((s) => (
            <option key={s.id} value={s.id}>
              {language === 'id' ? s.name : s.nameEn}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t('realisationUnreadable')}</p>
      {props.results.map((result) => (
        <article key={result.id} className="card">
          <h4>
            {result.title} <span className="badge">{t(`kind.${result.kind}`)}</span>
          </h4>
          {result.targets.map((target) => (
            <div key={target.id} className="realisation-target">
              <h5>{target.label}</h5>
              <p className="hint">
                {periodicTarget(target) !== undefined && selected
                  ? t('targetLinePeriodic', {
                      subPeriod: selected.label,
                      target: formatScore(periodicTarget(target), language),
                      unit: target.unit,
                      annual: formatScore(target.target, language),
                      aspect: t(`aspect.${target.aspect}`),
                      direction: t(`direction.${target.direction}`),
                    })
                  : t('targetLine', {
                      target: target.target,
                      unit: target.unit,
                      aspect: t(`aspect.${target.aspect}`),
                      direction: t(`direction.${target.direction}`),
                    })}
              </p>
              <RealisationForm
                key={`${target.id}:${subPeriodId}`}
                targetId={target.id}
                unit={target.unit}
                onRecord={async (values) => {
                  const result = await record({
                    variables: { input: { targetId: target.id, subPeriodId, ...values } },
                  });
                  const stored = result.data?.recordRealisation.realisation;
                  if (!stored) throw new Error(tc('state.error'));
                  return { value: stored.value, recordedAt: stored.recordedAt };
                }}
              />
            </div>
          ))}
        </article>
      ))}
    </section>
  );
}
