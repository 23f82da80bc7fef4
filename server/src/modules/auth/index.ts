import { AuthResolver } from './auth.resolver.js';

export const authResolvers = [AuthResolver] as const;
