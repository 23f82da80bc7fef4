import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../src/db/orm-config.js';
import { openScaleDatabase } from './scale-db.js';

/** `pnpm run migrate:scale`: brings the scale database's schema up to date (the bench's server would do it too, but within its 60 s start-up limit). */
const started = Date.now();
const db = await openScaleDatabase();
try {
  const orm = await MikroORM.init(ormConfig(db.url));
  try {
    const applied = await orm.getMigrator().up();
    process.stderr.write(
      `migrate:scale: applied ${applied.map((m) => m.name).join(', ') || 'nothing'} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } finally {
    await orm.close(true);
  }
} finally {
  await db.stop();
}
