import { AssessmentAnswer } from '../modules/assessment/assessment-answer.entity.js';
import { Assessment } from '../modules/assessment/assessment.entity.js';
import { AssessmentForm } from '../modules/assessment/assessment-form.entity.js';
import { TargetRealisation } from '../modules/assessment/target-realisation.entity.js';
import { AssessmentFeedback } from '../modules/feedback/assessment-feedback.entity.js';
import { DevelopmentAction } from '../modules/feedback/development-action.entity.js';
import { FeedbackEntry } from '../modules/feedback/feedback-entry.entity.js';
import { Objection } from '../modules/objection/objection.entity.js';
import { DistributionGuideline } from '../modules/distribution/distribution-guideline.entity.js';
import { OrganisationRatingRecord } from '../modules/distribution/organisation-rating.entity.js';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { JobFamily } from '../modules/job-family/job-family.entity.js';
import { Employee } from '../modules/organisation/employee.entity.js';
import { Unit } from '../modules/organisation/unit.entity.js';
import { PeriodTemplate } from '../modules/period/period-template.entity.js';
import { Period } from '../modules/period/period.entity.js';
import { SubPeriod } from '../modules/period/sub-period.entity.js';
import { SavedQuery } from '../modules/saved-query/saved-query.entity.js';
import { Template } from '../modules/template/template.entity.js';
import { TemplateVersion } from '../modules/template/template-version.entity.js';
import { BehaviourExpectation } from '../modules/work-plan/behaviour-expectation.entity.js';
import { WorkPlan } from '../modules/work-plan/work-plan.entity.js';
import { WorkResult } from '../modules/work-plan/work-result.entity.js';
import { WorkTarget } from '../modules/work-plan/work-target.entity.js';

/** Every entity, listed explicitly: no runner ever has to discover `.ts` files at run time. */
export const entities = [
  AuditRecord,
  JobFamily,
  Template,
  TemplateVersion,
  Unit,
  Employee,
  Period,
  SubPeriod,
  PeriodTemplate,
  User,
  Session,
  WorkPlan,
  WorkResult,
  WorkTarget,
  BehaviourExpectation,
  AssessmentForm,
  Assessment,
  AssessmentAnswer,
  TargetRealisation,
  FeedbackEntry,
  AssessmentFeedback,
  DevelopmentAction,
  Objection,
  SavedQuery,
  OrganisationRatingRecord,
  DistributionGuideline,
];
