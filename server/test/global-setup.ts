import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedCluster } from '../src/db/embedded-postgres.js';
import { ormConfig } from '../src/db/orm-config.js';
import { pino } from 'pino';
import { seedDemoIfEmpty } from '../src/seed/demo-seed.js';
import { createDatabase, dropDatabase, uniqueDatabaseName, withDatabase } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL with rights to create databases on the test cluster. */
    adminDatabaseUrl: string;
    /** A database migrated once per run; each test file clones it. */
    templateDatabase: string;
    /** The migrated database with the demo office seeded once per run (`startTestApp({ seeded: true })`). */
    demoTemplateDatabase: string;
  }
}

/**
 * One PostgreSQL cluster per test run: the one in DATABASE_URL when set, else an embedded one in a
 * temporary folder. The real migrations run once into a template database, and the demo office is seeded once
 * into a second one; each test file clones the one it needs.
 */
export default async function setup(project: TestProject) {
  let cluster: EmbeddedCluster | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'kinerja-test-pg-'));
    cluster = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'data') });
    adminUrl = cluster.adminUrl;
  }
  const templateDatabase = uniqueDatabaseName('kinerja_template');
  await createDatabase(adminUrl, templateDatabase);
  const orm = await MikroORM.init(ormConfig(withDatabase(adminUrl, templateDatabase)));
  try {
    await orm.getMigrator().up();
  } finally {
    await orm.close(true);
  }
  // The demo office, seeded once through the real services, for the files that test against it.
  const demoTemplateDatabase = uniqueDatabaseName('kinerja_demo');
  await createDatabase(adminUrl, demoTemplateDatabase, templateDatabase);
  const demo = await MikroORM.init(ormConfig(withDatabase(adminUrl, demoTemplateDatabase)));
  try {
    await seedDemoIfEmpty(demo.em.fork(), pino({ level: 'silent' }));
  } finally {
    await demo.close(true);
  }
  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', templateDatabase);
  project.provide('demoTemplateDatabase', demoTemplateDatabase);

  return async () => {
    await dropDatabase(adminUrl, demoTemplateDatabase).catch(() => {});
    await dropDatabase(adminUrl, templateDatabase).catch(() => {});
    await cluster?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
