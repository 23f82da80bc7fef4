import { AssessmentObjectionWindowResolver, ObjectionResolver } from './objection.resolver.js';

export { hasPendingObjection } from './objection-file.service.js';
export { markResultReceived, refuseReopenIfObjected } from './result-receipt.service.js';
export const objectionResolvers = [ObjectionResolver, AssessmentObjectionWindowResolver] as const;
