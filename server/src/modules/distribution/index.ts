import { DistributionResolver } from './distribution.resolver.js';
import {
  AssessmentUnitHeadResolver,
  DistributionGuidelineResolver,
  OrganisationRatingResolver,
} from './organisation-rating.resolver.js';

export const distributionResolvers = [
  DistributionResolver,
  OrganisationRatingResolver,
  DistributionGuidelineResolver,
  AssessmentUnitHeadResolver,
] as const;
