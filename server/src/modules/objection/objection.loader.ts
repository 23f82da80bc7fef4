import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader } from '../../kernel/batch.js';
import { Objection } from './objection.entity.js';

export function objectionLoaders(em: EntityManager) {
  return {
    objectionById: byIdLoader(em, Objection),
  };
}
