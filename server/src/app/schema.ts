import 'reflect-metadata';
import './wiring.js';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { analyticsResolvers } from '../modules/analytics/index.js';
import { assessmentResolvers } from '../modules/assessment/index.js';
import { auditResolvers } from '../modules/audit/index.js';
import { authResolvers } from '../modules/auth/index.js';
import { distributionResolvers } from '../modules/distribution/index.js';
import { feedbackResolvers } from '../modules/feedback/index.js';
import { jobFamilyResolvers } from '../modules/job-family/index.js';
import { objectionResolvers } from '../modules/objection/index.js';
import { organisationResolvers } from '../modules/organisation/index.js';
import { periodResolvers } from '../modules/period/index.js';
import { savedQueryResolvers } from '../modules/saved-query/index.js';
import { templateOrphanedTypes, templateResolvers } from '../modules/template/index.js';
import { workPlanResolvers } from '../modules/work-plan/index.js';

/** Every resolver of the API, one list per domain module. */
export const resolvers = [
  ...assessmentResolvers,
  ...auditResolvers,
  ...authResolvers,
  ...jobFamilyResolvers,
  ...templateResolvers,
  ...organisationResolvers,
  ...periodResolvers,
  ...workPlanResolvers,
  ...feedbackResolvers,
  ...objectionResolvers,
  ...distributionResolvers,
  ...analyticsResolvers,
  ...savedQueryResolvers,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the resolver classes. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    orphanedTypes: [...templateOrphanedTypes],
    validate: false,
  });
  return built;
}
