import { DistributionResolver } from './distribution.resolver.js';
import { DistributionGuidelineResolver, OrganisationRatingResolver } from './organisation-rating.resolver.js';

export const distributionResolvers = [
  DistributionResolver,
  OrganisationRatingResolver,
  DistributionGuidelineResolver,
] as const;
