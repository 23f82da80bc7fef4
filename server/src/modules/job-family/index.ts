import { JobFamilyResolver } from './job-family.resolver.js';

export const jobFamilyResolvers = [JobFamilyResolver] as const;
