import { useMutation, useQuery } from '@apollo/client/react';
import { PREDIKAT_LABELS, RATING_LABELS } from '@kinerja/shared';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { SELF_ASSESSMENT_HASH } from '../common/links';
import { QueryState } from '../common/QueryState';
import { useViewer } from '../common/viewer';
import type { MyResultsQuery } from '../gql/graphql';
import { useLanguage, useLocalized, useT } from '../i18n/i18n';
import { FeedbackPanel } from './FeedbackPanel';
import { resultsMessages } from './messages';
import './results.css';
import { formatDate } from '../common/format';
import { ObjectionPanel, type ObjectionRow } from './ObjectionPanel';
import {
  AcknowledgeMyFeedbackDocument,
  FileMyObjectionDocument,
  MyFeedbackDocument,
  MyResultsDocument,
  ReceiveMyResultDocument,
  SetMyActionStatusDocument,
} from './operations';

type AssessmentRow = MyResultsQuery['assessments']['edges'][number]['node'];

/** The signed-in employee's assessments with feedback, development actions and objections. */
export function MyResultsPage() {
  const t = useT(resultsMessages);
  const { viewer } = useViewer();
  const employeeId = viewer?.employeeId ?? null;
  const { data, loading, error, refetch } = useQuery(MyResultsDocument, {
    variables: { employeeId: employeeId ?? '' },
    skip: !employeeId,
  });
  const assessments = data?.assessments.edges.map((e) => e.node) ?? [];
  const objections = new Map((data?.objections.edges ?? []).map((e) => [e.node.assessment.id, e.node]));
  const [now] = useState(() => new Date());
  return (
    <section aria-labelledby="results-heading" className="results-page">
      <h1 id="results-heading">{t('heading')}</h1>
      <p>{t('intro')}</p>
      {!employeeId ? (
        <p className="empty">{t('noEmployee')}</p>
      ) : (
        <QueryState
          loading={loading && !data}
          error={error}
          empty={assessments.length === 0}
          emptyText={t('empty')}
          onRetry={() => void refetch()}
        >
          <ul className="results-list" aria-label={t('assessmentsLabel')}>
            {assessments.map((a) => (
              <li key={a.id}>
                <AssessmentCard
                  assessment={a}
                  objection={objections.get(a.id) ?? null}
                  now={now}
                  onChanged={() => refetch()}
                />
              </li>
            ))}
          </ul>
        </QueryState>
      )}
    </section>
  );
}

function AssessmentCard(props: {
  assessment: AssessmentRow;
  objection: ObjectionRow | null;
  now: Date;
  onChanged(): Promise<unknown>;
}) {
  const { assessment: a } = props;
  const t = useT(resultsMessages);
  const { language } = useLanguage();
  const localized = useLocalized();
  const [fileObjection] = useMutation(FileMyObjectionDocument);
  const [receive] = useMutation(ReceiveMyResultDocument);
  const receiving = useRef(false);
  // Opening a submitted result is receiving it (PP 30/2019: the objection window counts from that day); recorded once.
  useEffect(() => {
    if (a.status !== 'SUBMITTED' || a.resultReceivedAt || receiving.current) return;
    receiving.current = true;
    receive({ variables: { input: { assessmentId: a.id } } }).catch(() => {
      receiving.current = false;
    });
  }, [a.id, a.status, a.resultReceivedAt, receive]);
  const headingId = `assessment-${a.id}`;
  return (
    <article className="card assessment-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {language === 'id' ? a.subPeriod.name : a.subPeriod.nameEn}{' '}
        <span className={`badge badge-assessment-${a.status.toLowerCase()}`}>{t(`status.${a.status}`)}</span>
      </h2>
      <p className="hint">
        {t('assessor', { name: a.assessor.name })}
        {a.submittedAt && <> · {t('submittedAt', { date: formatDate(a.submittedAt, language) })}</>}
        {a.selfSubmittedAt && <> · {t('selfAssessDone', { date: formatDate(a.selfSubmittedAt, language) })}</>}
      </p>
      <p>
        <Link className="self-assess-link" to={`/penilaian/${a.id}${SELF_ASSESSMENT_HASH}`}>
          {a.selfSubmittedAt ? t('selfAssessView') : t('selfAssess')}
        </Link>
      </p>
      {a.status === 'SUBMITTED' ? (
        <>
          <dl className="ratings">
            <div>
              <dt>{t('workResultsRating')}</dt>
              <dd>{a.workResultsRating ? localized(RATING_LABELS[a.workResultsRating]) : t('notYet')}</dd>
            </div>
            <div>
              <dt>{t('behaviourRating')}</dt>
              <dd>{a.behaviourRating ? localized(RATING_LABELS[a.behaviourRating]) : t('notYet')}</dd>
            </div>
            <div>
              <dt>{t('predikat')}</dt>
              <dd className="predikat">{a.predikat ? localized(PREDIKAT_LABELS[a.predikat]) : t('notYet')}</dd>
            </div>
          </dl>
          <Feedback assessmentId={a.id} />
          {a.submittedAt && (
            <ObjectionPanel
              assessmentId={a.id}
              receivedAt={a.resultReceivedAt ?? null}
              timeZone={a.employee.unit.timeZone}
              now={props.now}
              objection={props.objection}
              onFile={async (reason) => {
                await fileObjection({ variables: { input: { assessmentId: a.id, reason } } });
                await props.onChanged();
              }}
            />
          )}
        </>
      ) : (
        <p className="hint">{t('draftHint')}</p>
      )}
    </article>
  );
}

function Feedback({ assessmentId }: { assessmentId: string }) {
  const t = useT(resultsMessages);
  const { data, loading, error, refetch } = useQuery(MyFeedbackDocument, { variables: { assessmentId } });
  const [acknowledge] = useMutation(AcknowledgeMyFeedbackDocument);
  const [setStatus] = useMutation(SetMyActionStatusDocument);
  const feedback = data?.assessmentFeedback ?? null;
  return (
    <QueryState
      loading={loading && !data}
      error={error}
      empty={!feedback}
      emptyText={t('noFeedback')}
      onRetry={() => void refetch()}
    >
      {feedback && (
        <FeedbackPanel
          assessmentId={assessmentId}
          feedback={feedback}
          onAcknowledge={async () => {
            await acknowledge({ variables: { input: { assessmentId, expectedLockVersion: feedback.lockVersion } } });
          }}
          onSetStatus={async (actionId, status) => {
            await setStatus({ variables: { input: { actionId, status } } });
          }}
        />
      )}
    </QueryState>
  );
}
