import type { AssessmentStatus, ObjectionStatus, WorkPlanStatus } from '../gql/graphql';
import { useT } from '../i18n/i18n';
import { teamMessages } from './messages';

/** A plan, assessment or objection status as a coloured badge with its Bahasa Indonesia name. */
export function StatusBadge(
  props: { plan: WorkPlanStatus } | { assessment: AssessmentStatus } | { objection: ObjectionStatus },
) {
  const t = useT(teamMessages);
  if ('plan' in props)
    return <span className={`team-status team-status-${props.plan.toLowerCase()}`}>{t(`status.${props.plan}`)}</span>;
  if ('assessment' in props) {
    const css = props.assessment === 'SUBMITTED' ? 'team-status-submitted-assessment' : 'team-status-draft';
    return <span className={`team-status ${css}`}>{t(`assessment.${props.assessment}`)}</span>;
  }
  return (
    <span className={`team-status team-status-${props.objection.toLowerCase()}`}>
      {t(`objection.${props.objection}`)}
    </span>
  );
}
