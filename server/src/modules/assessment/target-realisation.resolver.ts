import { FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { TargetRealisation } from './target-realisation.entity.js';

@Resolver(() => TargetRealisation)
export class TargetRealisationResolver {
  @FieldResolver(() => ID, { description: 'The work target this realisation is for.' })
  targetId(@Root() realisation: TargetRealisation): string {
    return realisation.target.id;
  }

  @FieldResolver(() => ID, { description: 'The sub-period it was realised in.' })
  subPeriodId(@Root() realisation: TargetRealisation): string {
    return realisation.subPeriod.id;
  }
}
