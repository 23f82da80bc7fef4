import { AssessmentObjectionWindowResolver, ObjectionResolver } from './objection.resolver.js';

export const objectionResolvers = [ObjectionResolver, AssessmentObjectionWindowResolver] as const;
