import { ObjectionResolver } from './objection.resolver.js';

export { hasPendingObjection } from './objection-file.service.js';
export const objectionResolvers = [ObjectionResolver] as const;
