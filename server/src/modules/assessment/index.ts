import { AssessmentAnswerResolver } from './assessment-answer.resolver.js';
import { AssessmentResolver } from './assessment.resolver.js';
import { AssessmentUnitHeadResolver } from './assessment-unit-head.resolver.js';
import { TargetRealisationResolver } from './target-realisation.resolver.js';

export const assessmentResolvers = [
  AssessmentResolver,
  AssessmentAnswerResolver,
  TargetRealisationResolver,
  AssessmentUnitHeadResolver,
] as const;
