import { useState } from 'react';
import type { DevelopmentActionKind, DevelopmentActionStatus } from '../gql/graphql';
import { useLanguage, useT } from '../i18n/i18n';
import { refusalOf, type Refusal } from '../common/refusal';
import { resultsMessages } from './messages';
import { formatDate } from '../common/format';
import { RefusalAlert } from '../common/RefusalAlert';

interface FeedbackView {
  id: string;
  strengths: string;
  areasToImprove: string;
  acknowledgedAt?: string | null;
  developmentActions: readonly {
    id: string;
    kind: DevelopmentActionKind;
    description: string;
    targetDate: string;
    status: DevelopmentActionStatus;
    doneAt?: string | null;
  }[];
}

/** The final feedback of an assessment, its acknowledgement and the development actions with their status. */
export function FeedbackPanel(props: {
  assessmentId: string;
  feedback: FeedbackView;
  onAcknowledge(): Promise<void>;
  onSetStatus(actionId: string, status: DevelopmentActionStatus): Promise<void>;
}) {
  const t = useT(resultsMessages);
  const { language } = useLanguage();
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const { feedback } = props;
  const id = `feedback-${props.assessmentId}`;

  async function run(key: string, action: () => Promise<void>) {
    setBusy(key);
    setRefusal(null);
    try {
      await action();
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="feedback">
      <h4 id={`${id}-heading`}>{t('feedback')}</h4>
      <dl>
        <dt>{t('strengths')}</dt>
        <dd>{feedback.strengths}</dd>
        <dt>{t('areasToImprove')}</dt>
        <dd>{feedback.areasToImprove}</dd>
      </dl>
      <h5>{t('developmentActions')}</h5>
      {feedback.developmentActions.length === 0 ? (
        <p className="empty">{t('noActions')}</p>
      ) : (
        <ul className="actions">
          {feedback.developmentActions.map((action) => (
            <li key={action.id}>
              <span className="badge">{t(`actionKind.${action.kind}`)}</span> {action.description} ·{' '}
              {t('targetDate', { date: formatDate(action.targetDate, language) })} ·{' '}
              <span className={`badge badge-action-${action.status.toLowerCase()}`}>
                {t(`actionStatus.${action.status}`)}
              </span>
              {action.doneAt && <> · {t('doneAt', { date: formatDate(action.doneAt, language) })}</>}{' '}
              <button
                type="button"
                disabled={busy !== null}
                onClick={() =>
                  void run(action.id, () => props.onSetStatus(action.id, action.status === 'DONE' ? 'PLANNED' : 'DONE'))
                }
              >
                {action.status === 'DONE'
                  ? t('markPlanned', { description: action.description })
                  : t('markDone', { description: action.description })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {feedback.acknowledgedAt ? (
        <p className="success">{t('acknowledgedAt', { date: formatDate(feedback.acknowledgedAt, language) })}</p>
      ) : (
        <div className="acknowledge">
          <p className="hint">{t('acknowledgeHint')}</p>
          <button
            type="button"
            className="primary"
            disabled={busy !== null}
            onClick={() => void run('ack', props.onAcknowledge)}
          >
            {busy === 'ack' ? t('acknowledging') : t('acknowledge')}
          </button>
        </div>
      )}
      {refusal && <RefusalAlert refusal={refusal} />}
    </section>
  );
}
