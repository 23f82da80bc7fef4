import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { auditResolvers } from '../modules/audit/index.js';
import { jobFamilyResolvers } from '../modules/job-family/index.js';
import { templateOrphanedTypes, templateResolvers } from '../modules/template/index.js';

/** Every resolver of the API, one list per domain module. */
export const resolvers = [...auditResolvers, ...jobFamilyResolvers, ...templateResolvers] as const;

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
