import { AssessmentFeedbackResolver } from './assessment-feedback.resolver.js';
import { DevelopmentActionResolver } from './development-action.resolver.js';
import { FeedbackEntryResolver } from './feedback-entry.resolver.js';

export const feedbackResolvers = [
  FeedbackEntryResolver,
  AssessmentFeedbackResolver,
  DevelopmentActionResolver,
] as const;
