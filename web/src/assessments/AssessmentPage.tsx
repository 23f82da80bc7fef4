import { useMutation, useQuery } from '@apollo/client/react';
import type { AnswerSet } from '@kinerja/shared';
import { useId, useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { QueryState } from '../common/QueryState';
import { useViewer } from '../common/viewer';
import { answersFromApi, answersToApi, definitionFromApi } from '../forms/definition-from-api';
import { FormRenderer, type TargetScope } from '../forms/FormRenderer';
import { ScorePanel } from '../forms/ScorePanel';
import type { AssessmentDetailFragment } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/i18n';
import { AssessmentEditor } from './AssessmentEditor';
import { AssessmentResult } from './AssessmentResult';
import { PeriodicResults } from './PeriodicResults';
import { refusalOf } from '../common/refusal';
import { SELF_ASSESSMENT_HASH } from '../common/links';
import { assessmentMessages } from './messages';
import { ReopenSection } from './ReopenSection';
import { SelfAssessmentPanel } from './SelfAssessmentPanel';
import './assessment.css';
import { subPeriodShortName } from '../common/periods';
import { localeOf } from '../common/format';
import { AssessmentPageQueryDocument, ReopenAssessmentDocument, SaveSelfAssessmentDocument } from './operations';

type AssessmentDetail = AssessmentDetailFragment;

/** `/penilaian/:id`: the assessor fills and submits a draft; everyone allowed sees a submitted one read-only. */
export function AssessmentPage() {
  const t = useT(assessmentMessages);
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AssessmentPageQueryDocument, { variables: { id } });
  const [generation, setGeneration] = useState(0);
  const code = error ? refusalOf(error).code : undefined;
  const refused = code === 'FORBIDDEN' || code === 'NOT_FOUND';
  const assessment = data?.assessment ?? null;

  if (refused || (!loading && !error && data && !assessment)) {
    return (
      <section aria-labelledby="assessment-heading">
        <h1 id="assessment-heading">{t('notFound')}</h1>
        <Link to="/">{t('backHome')}</Link>
      </section>
    );
  }
  return (
    <QueryState
      loading={loading && !data}
      error={error}
      empty={!assessment}
      emptyText={t('notFound')}
      onRetry={() => void refetch()}
    >
      {assessment && (
        <AssessmentView
          key={`${assessment.id}-${generation}`}
          assessment={assessment}
          reload={async () => {
            const result = await refetch();
            return result.data?.assessment ?? null;
          }}
          discardAndReload={async () => {
            await refetch();
            setGeneration((value) => value + 1);
          }}
        />
      )}
    </QueryState>
  );
}

function AssessmentView(props: {
  assessment: AssessmentDetail;
  reload: () => Promise<AssessmentDetail | null>;
  discardAndReload: () => Promise<void>;
}) {
  const t = useT(assessmentMessages);
  const { language } = useLanguage();
  const { viewer, hasRole } = useViewer();
  const { assessment } = props;
  const form = useMemo(
    () => definitionFromApi(assessment.sections, assessment.templateVersion.ratingThresholds),
    [assessment.sections, assessment.templateVersion.ratingThresholds],
  );
  const storedAnswers = useMemo(() => answersFromApi(assessment.answers), [assessment.answers]);
  const annual = assessment.subPeriod.kind === 'ANNUAL';
  // A sub-period's form scores against that sub-period's targets (rencana aksi), the annual one against the year's.
  const targetScope: TargetScope = annual
    ? { kind: 'annual' }
    : {
        kind: 'periodic',
        subPeriodName: subPeriodShortName(language === 'id' ? assessment.subPeriod.name : assessment.subPeriod.nameEn),
      };
  const selfAnswers = useMemo(() => answersFromApi(assessment.selfAnswers ?? []), [assessment.selfAnswers]);
  const editable = assessment.status === 'DRAFT' && viewer?.employeeId === assessment.assessor.id;
  const dateFormat = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium' });
  const isEmployee = viewer?.employeeId != null && viewer.employeeId === assessment.employee.id;
  const isAssessor = viewer?.employeeId != null && viewer.employeeId === assessment.assessor.id;
  // Who may reopen is decided by the server (the assessor's own supervisor, or HR); offer it to HR and to
  // anyone else signed in as an employee who is neither the assessor nor the assessed.
  const mayReopen =
    assessment.status === 'SUBMITTED' && (hasRole('HR') || (viewer?.employeeId != null && !isAssessor && !isEmployee));
  const showSelf = isEmployee || assessment.selfSubmittedAt != null;
  const location = useLocation();
  const [tab, setTab] = useState<'supervisor' | 'self'>(
    isEmployee && location.hash === SELF_ASSESSMENT_HASH ? 'self' : 'supervisor',
  );
  const [reopened, setReopened] = useState(false);
  const [reopenAssessment] = useMutation(ReopenAssessmentDocument);
  const [saveSelfAssessment] = useMutation(SaveSelfAssessmentDocument);
  const tabsId = useId();

  const reopen = async (reason: string) => {
    await reopenAssessment({ variables: { input: { assessmentId: assessment.id, reason } } });
    await props.reload();
    setReopened(true);
    document.getElementById('assessment-heading')?.focus();
  };

  const saveSelf = async (answers: AnswerSet, submit: boolean) => {
    try {
      await saveSelfAssessment({
        variables: {
          input: {
            assessmentId: assessment.id,
            expectedLockVersion: assessment.lockVersion,
            answers: answersToApi(form, answers),
            submit,
          },
        },
      });
    } catch (error) {
      // The supervisor's autosave moves the lock version too: fetch the current one so that saving again works.
      if (refusalOf(error, language).code === 'CONFLICT') await props.reload();
      throw error;
    }
  };

  const supervisorPart = (
    <>
      {reopened && assessment.status === 'DRAFT' && (
        <p className="notice" role="status">
          {t('reopen.done')}
        </p>
      )}
      {assessment.status === 'SUBMITTED' && <AssessmentResult assessment={assessment} />}
      {mayReopen && <ReopenSection onReopen={reopen} />}
      {assessment.status === 'DRAFT' && !editable && <p className="notice">{t('readOnlyDraft')}</p>}
      {editable ? (
        <AssessmentEditor
          assessment={assessment}
          form={form}
          initialAnswers={storedAnswers}
          reload={props.reload}
          discardAndReload={props.discardAndReload}
          targetScope={targetScope}
        />
      ) : (
        <div className="assessment-layout">
          <div className="assessment-form">
            <FormRenderer
              form={form}
              answers={storedAnswers}
              onChange={() => undefined}
              readOnly
              idPrefix="assessment"
              targetScope={targetScope}
            />
          </div>
          <div className="assessment-side">
            <ScorePanel form={form} answers={storedAnswers} />
          </div>
        </div>
      )}
    </>
  );

  const tabs = [
    { key: 'supervisor' as const, label: t('tabs.supervisor') },
    { key: 'self' as const, label: isEmployee ? t('tabs.self') : t('tabs.employeeSelf') },
  ];
  const onTabKey = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next =
      event.key === 'Home' ? 'supervisor' : event.key === 'End' ? 'self' : tab === 'supervisor' ? 'self' : 'supervisor';
    setTab(next);
    document.getElementById(`${tabsId}-tab-${next}`)?.focus();
  };

  return (
    <article className="assessment-page" aria-labelledby="assessment-heading">
      <header className="assessment-header">
        <h1 id="assessment-heading" tabIndex={-1}>
          {t('heading', { name: assessment.employee.name })}
        </h1>
        <span className={`badge assessment-status-${assessment.status.toLowerCase()}`}>
          {t(`status.${assessment.status}`)}
        </span>
        <dl className="assessment-facts">
          <div>
            <dt>{t('subPeriod')}</dt>
            <dd>{language === 'id' ? assessment.subPeriod.name : assessment.subPeriod.nameEn}</dd>
          </div>
          <div>
            <dt>{t('nip')}</dt>
            <dd>{assessment.employee.nipFormatted}</dd>
          </div>
          <div>
            <dt>{t('position')}</dt>
            <dd>{assessment.employee.position}</dd>
          </div>
          <div>
            <dt>{t('unit')}</dt>
            <dd>{assessment.employee.unit.name}</dd>
          </div>
          <div>
            <dt>{t('assessor')}</dt>
            <dd>{assessment.assessor.name}</dd>
          </div>
          <div>
            <dt>{t('template')}</dt>
            <dd>{t('templateVersion', { number: assessment.templateVersion.number })}</dd>
          </div>
        </dl>
      </header>

      {annual && <PeriodicResults results={assessment.periodicResults} />}

      <Realisations assessment={assessment} dateFormat={dateFormat} />

      {showSelf ? (
        <>
          <div role="tablist" aria-label={t('tabs.label')} className="assessment-tabs">
            {tabs.map((entry) => (
              <button
                key={entry.key}
                type="button"
                role="tab"
                id={`${tabsId}-tab-${entry.key}`}
                aria-selected={tab === entry.key}
                aria-controls={`${tabsId}-panel-${entry.key}`}
                tabIndex={tab === entry.key ? 0 : -1}
                onClick={() => setTab(entry.key)}
                onKeyDown={onTabKey}
              >
                {entry.label}
              </button>
            ))}
          </div>
          <div
            role="tabpanel"
            id={`${tabsId}-panel-supervisor`}
            aria-labelledby={`${tabsId}-tab-supervisor`}
            hidden={tab !== 'supervisor'}
          >
            {supervisorPart}
          </div>
          <div
            role="tabpanel"
            id={`${tabsId}-panel-self`}
            aria-labelledby={`${tabsId}-tab-self`}
            hidden={tab !== 'self'}
          >
            <SelfAssessmentPanel
              form={form}
              initialAnswers={selfAnswers}
              submittedAt={assessment.selfSubmittedAt ?? null}
              readOnly={!isEmployee}
              onSave={isEmployee ? saveSelf : undefined}
              targetScope={targetScope}
            />
          </div>
        </>
      ) : (
        supervisorPart
      )}
    </article>
  );
}

function Realisations({ assessment, dateFormat }: { assessment: AssessmentDetail; dateFormat: Intl.DateTimeFormat }) {
  const t = useT(assessmentMessages);
  return (
    <details className="realisations">
      <summary>
        {t('realisations')} ({assessment.realisations.length})
      </summary>
      {assessment.realisations.length === 0 ? (
        <p className="empty">{t('noRealisations')}</p>
      ) : (
        <>
          <p className="hint">{t('realisationsIntro')}</p>
          <ul>
            {assessment.realisations.map((realisation) => (
              <li key={realisation.id}>
                {t('realisationValue', { value: realisation.value })} ·{' '}
                {t('recordedAt', { date: dateFormat.format(new Date(realisation.recordedAt)) })}
                {realisation.note && <> · {realisation.note}</>}
                {realisation.evidenceUrl && /^https?:\/\//i.test(realisation.evidenceUrl) && (
                  <>
                    {' · '}
                    <a href={realisation.evidenceUrl} target="_blank" rel="noreferrer">
                      {realisation.evidenceUrl}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
