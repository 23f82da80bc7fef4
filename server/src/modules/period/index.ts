import { PeriodTemplateResolver } from './period-template.resolver.js';
import { PeriodResolver } from './period.resolver.js';
import { SubPeriodResolver } from './sub-period.resolver.js';

export const periodResolvers = [PeriodResolver, SubPeriodResolver, PeriodTemplateResolver] as const;
