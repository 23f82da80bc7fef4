import { DistributionResolver } from './distribution.resolver.js';

export const distributionResolvers = [DistributionResolver] as const;
