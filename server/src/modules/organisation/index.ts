import { EmployeeResolver } from './employee.resolver.js';
import { UnitResolver } from './unit.resolver.js';

export const organisationResolvers = [UnitResolver, EmployeeResolver] as const;
