import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../app/QueryState';
import { useViewer } from '../auth/viewer';
import { answersFromApi, definitionFromApi, withGuidance } from '../forms/definition-from-api';
import { FormRenderer } from '../forms/FormRenderer';
import { ScorePanel } from '../forms/ScorePanel';
import { graphql } from '../gql';
import type { AssessmentDetailFragment } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/i18n';
import { AssessmentEditor } from './AssessmentEditor';
import { AssessmentResult } from './AssessmentResult';
import { assessmentMessages } from './messages';
import './assessment.css';

export const AssessmentDetailFragmentDoc = graphql(`
  fragment AssessmentDetail on Assessment {
    id
    status
    lockVersion
    submittedAt
    updatedAt
    employee {
      id
      name
      nipFormatted
      position
      unit {
        id
        name
      }
    }
    assessor {
      id
      name
    }
    subPeriod {
      id
      name
      nameEn
    }
    templateVersion {
      id
      number
      ratingThresholds {
        workResults {
          meets
          above
        }
        behaviour {
          meets
          above
        }
      }
    }
    sections {
      ...FormSectionFields
    }
    answers {
      indicatorKey
      value
    }
    realisations {
      id
      value
      note
      evidenceUrl
      recordedAt
    }
    workResultsRating
    behaviourRating
    suggestedWorkResultsRating
    suggestedBehaviourRating
    workResultsScore
    behaviourScore
    predikat
    ratingReason
  }
`);

const AssessmentPageQueryDocument = graphql(`
  query AssessmentPage($id: ID!) {
    assessment(id: $id) {
      ...AssessmentDetail
    }
  }
`);

/** The guidance of the expectation indicators, apart (see FormGuidanceFields); not cached, so it never replaces the form's sections. */
const AssessmentGuidanceQueryDocument = graphql(`
  query AssessmentGuidance($id: ID!) {
    assessment(id: $id) {
      id
      sections {
        ...FormGuidanceFields
      }
    }
  }
`);

export type AssessmentDetail = AssessmentDetailFragment;

/** `/penilaian/:id`: the assessor fills and submits a draft; everyone allowed sees a submitted one read-only. */
export function AssessmentPage() {
  const t = useT(assessmentMessages);
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AssessmentPageQueryDocument, { variables: { id } });
  const [generation, setGeneration] = useState(0);
  const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
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
    <QueryState loading={loading && !data} error={error} empty={!assessment} emptyText={t('notFound')} onRetry={() => void refetch()}>
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
  const { viewer } = useViewer();
  const { assessment } = props;
  const guidance = useQuery(AssessmentGuidanceQueryDocument, { variables: { id: assessment.id }, fetchPolicy: 'no-cache' });
  const guidanceSections = guidance.data?.assessment?.sections;
  const form = useMemo(
    () => withGuidance(definitionFromApi(assessment.sections, assessment.templateVersion.ratingThresholds), guidanceSections ?? []),
    [assessment.sections, assessment.templateVersion.ratingThresholds, guidanceSections],
  );
  const storedAnswers = useMemo(() => answersFromApi(assessment.answers), [assessment.answers]);
  const editable = assessment.status === 'DRAFT' && viewer?.employeeId === assessment.assessor.id;
  const dateFormat = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium' });

  return (
    <article className="assessment-page" aria-labelledby="assessment-heading">
      <header className="assessment-header">
        <h1 id="assessment-heading" tabIndex={-1}>
          {t('heading', { name: assessment.employee.name })}
        </h1>
        <span className={`badge assessment-status-${assessment.status.toLowerCase()}`}>{t(`status.${assessment.status}`)}</span>
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

      {assessment.status === 'SUBMITTED' && <AssessmentResult assessment={assessment} />}
      {assessment.status === 'DRAFT' && !editable && <p className="notice">{t('readOnlyDraft')}</p>}

      <Realisations assessment={assessment} dateFormat={dateFormat} />

      {editable ? (
        <AssessmentEditor assessment={assessment} form={form} initialAnswers={storedAnswers} reload={props.reload} discardAndReload={props.discardAndReload} />
      ) : (
        <div className="assessment-layout">
          <div className="assessment-form">
            <FormRenderer form={form} answers={storedAnswers} onChange={() => undefined} readOnly idPrefix="assessment" />
          </div>
          <div className="assessment-side">
            <ScorePanel form={form} answers={storedAnswers} />
          </div>
        </div>
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
                {t('realisationValue', { value: realisation.value })} · {t('recordedAt', { date: dateFormat.format(new Date(realisation.recordedAt)) })}
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
