import { AssessmentResolver } from './assessment.resolver.js';

export const assessmentResolvers = [AssessmentResolver] as const;
