import { Link } from 'react-router';
import { useT } from '../i18n/i18n';
import { annualMessages } from './annual-messages';
import { AnnualCell, AnnualOpening, type AnnualColumn } from './AnnualEvaluation';
import { teamMessages } from './messages';
import type { MemberRow, TeamOverviewData, TeamSubPeriod } from './model';
import { StatusBadge } from './StatusBadge';
import { useFormatDate } from '../common/format';
import { useSubPeriodName } from '../common/periods';

export interface TeamOverviewProps {
  overview: TeamOverviewData;
  /** False for a user without an employee record (HR): no subordinates table. */
  hasTeam: boolean;
  currentSubPeriod: TeamSubPeriod | null;
  /** The subordinate whose assessment is being started, if any. */
  startingId: string | null;
  /** The server's refusal of the last start, by subordinate. */
  startError: { memberId: string; message: string } | null;
  onStart(memberId: string): void;
  /** The period's annual evaluation: when it opens and its start per subordinate; absent: no annual column. */
  annual?: AnnualColumn | null;
}

/** "Who needs what": the supervisor's to-do lists and their direct subordinates. */
export function TeamOverview({
  overview,
  hasTeam,
  currentSubPeriod,
  startingId,
  startError,
  onStart,
  annual = null,
}: TeamOverviewProps) {
  const t = useT(teamMessages);
  const ta = useT(annualMessages);
  const formatDate = useFormatDate();
  const subName = useSubPeriodName();
  return (
    <>
      <h2 id="todo-heading">
        {t('todo.heading')}
        <span className="team-count" aria-label={String(overview.todoCount)}>
          {overview.todoCount}
        </span>
      </h2>
      {overview.todoCount === 0 && <p className="empty">{t('todo.none')}</p>}
      <div className="team-todo">
        <section aria-labelledby="plans-heading">
          <h3 id="plans-heading">{t('plans.heading')}</h3>
          {overview.toApprove.length === 0 ? (
            <p className="empty">{t('plans.empty')}</p>
          ) : (
            <ul className="team-list" aria-labelledby="plans-heading">
              {overview.toApprove.map((plan) => (
                <li key={plan.id}>
                  <Link to={`/tim/rencana/${plan.id}`} aria-label={t('plans.review', { name: plan.employee.name })}>
                    {t('plans.item', { name: plan.employee.name, revision: plan.revision })}
                  </Link>{' '}
                  <StatusBadge plan={plan.status} />
                  {plan.submittedAt && <span className="team-muted"> · {formatDate(plan.submittedAt)}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
        {hasTeam && (
          <section aria-labelledby="drafts-heading">
            <h3 id="drafts-heading">{t('drafts.heading')}</h3>
            {overview.drafts.length === 0 ? (
              <p className="empty">{t('drafts.empty')}</p>
            ) : (
              <ul className="team-list" aria-labelledby="drafts-heading">
                {overview.drafts.map((draft) => (
                  <li key={draft.id}>
                    <Link to={`/penilaian/${draft.id}`}>
                      {t('drafts.open', { name: draft.employee.name, subPeriod: subName(draft.subPeriod) })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        <section aria-labelledby="objections-heading">
          <h3 id="objections-heading">{t('objections.heading')}</h3>
          {overview.objections.length === 0 ? (
            <p className="empty">{t('objections.empty')}</p>
          ) : (
            <ul className="team-list" aria-labelledby="objections-heading">
              {overview.objections.map((objection) => (
                <li key={objection.id}>
                  <Link to={`/tim/keberatan/${objection.id}`}>
                    {t('objections.open', { name: objection.employee.name })}
                  </Link>{' '}
                  <StatusBadge objection={objection.status} />
                  <span className="team-muted">
                    {' '}
                    · {t('objections.deadline', { filed: formatDate(objection.filedAt) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      {hasTeam && (
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">{t('team.heading')}</h2>
          {annual && <AnnualOpening annual={annual} />}
          {overview.members.length === 0 ? (
            <p className="empty">{t('team.empty')}</p>
          ) : (
            <table className="team-members" aria-labelledby="members-heading">
              <thead>
                <tr>
                  <th scope="col">{t('team.heading')}</th>
                  <th scope="col">{t('team.plan')}</th>
                  <th scope="col">{t('team.assessment', { subPeriod: subName(currentSubPeriod) })}</th>
                  {annual && <th scope="col">{ta('column', { year: annual.year })}</th>}
                </tr>
              </thead>
              <tbody>
                {overview.members.map((member) => (
                  <MemberLine
                    key={member.id}
                    member={member}
                    starting={startingId === member.id}
                    busy={startingId !== null || (annual?.startingId ?? null) !== null}
                    error={startError?.memberId === member.id ? startError.message : null}
                    canStart={currentSubPeriod !== null}
                    onStart={() => onStart(member.id)}
                    annual={annual}
                  />
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}

function MemberLine(props: {
  member: MemberRow;
  starting: boolean;
  busy: boolean;
  error: string | null;
  canStart: boolean;
  onStart(): void;
  annual: AnnualColumn | null;
}) {
  const t = useT(teamMessages);
  const { member } = props;
  return (
    <tr>
      <th scope="row">
        {member.name}
        <div className="muted">{member.position}</div>
      </th>
      <td>
        {member.plan ? (
          <>
            <StatusBadge plan={member.plan.status} />{' '}
            <Link
              className="team-link"
              to={`/tim/rencana/${member.plan.id}`}
              aria-label={`${t('team.reviewPlan')}: ${member.name}`}
            >
              {t('team.reviewPlan')}
            </Link>
          </>
        ) : (
          <span className="team-status">{t('team.noPlan')}</span>
        )}
      </td>
      <td>
        <div className="actions">
          {member.current ? (
            <>
              <StatusBadge assessment={member.current.status} />
              {member.current.status === 'DRAFT' && (
                <Link className="team-link" to={`/penilaian/${member.current.id}`}>
                  {t('team.continue')}
                </Link>
              )}
            </>
          ) : member.hasApprovedPlan ? (
            props.canStart && (
              <button
                type="button"
                className="primary"
                onClick={props.onStart}
                disabled={props.busy}
                aria-label={t('team.start', { name: member.name })}
              >
                {props.starting ? t('team.starting') : t('team.start', { name: '' }).trim()}
              </button>
            )
          ) : (
            <span className="muted">{t('team.needsPlan')}</span>
          )}
          {member.lastSubmittedId && (
            <Link
              className="team-link"
              to={`/tim/umpan-balik/${member.lastSubmittedId}`}
              aria-label={`${t('team.feedback')}: ${member.name}`}
            >
              {t('team.feedback')}
            </Link>
          )}
        </div>
        {props.error && (
          <p role="alert" className="field-error">
            {props.error}
          </p>
        )}
      </td>
      {props.annual && <AnnualCell annual={props.annual} member={member} busy={props.busy} />}
    </tr>
  );
}
