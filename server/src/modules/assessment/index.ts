import { AssessmentResolver } from './assessment.resolver.js';
import { TargetRealisationResolver } from './target-realisation.resolver.js';

export const assessmentResolvers = [AssessmentResolver, TargetRealisationResolver] as const;
