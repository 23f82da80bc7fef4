import { SavedQueryResolver } from './saved-query.resolver.js';

export const savedQueryResolvers = [SavedQueryResolver] as const;
