import { WorkPlanResolver } from './work-plan.resolver.js';
import { WorkResultResolver } from './work-result.resolver.js';

export const workPlanResolvers = [WorkPlanResolver, WorkResultResolver] as const;
