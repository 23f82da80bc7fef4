export { FeedbackPage } from './FeedbackPage';
export { ObjectionPage } from './ObjectionPage';
export { PlanReviewPage } from './PlanReviewPage';
export { TeamPage } from './TeamPage';
