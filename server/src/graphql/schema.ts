import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { JobFamilyResolver } from '../modules/job-family/job-family.resolver.js';
import { TemplateResolver } from '../modules/template/template.resolver.js';

export const resolvers = [JobFamilyResolver, TemplateResolver] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process from the resolver classes. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: [...resolvers], validate: false });
  return built;
}
