import { AnalyticsResolver, EmployeeLatestAssessmentResolver, StatisticsKeyResolver } from './analytics.resolver.js';

export const analyticsResolvers = [AnalyticsResolver, StatisticsKeyResolver, EmployeeLatestAssessmentResolver] as const;
