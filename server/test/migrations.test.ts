import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '../src/db/migrations/index.js';
import { startTestApp, type TestApp } from './harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const migrationsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/db/migrations');

describe('migrations', () => {
  it('the index lists every migration file, in order', async () => {
    const files = (await readdir(migrationsDir)).filter((file) => /^Migration\d+.*\.ts$/.test(file)).sort();
    expect(migrations.map((migration) => `${migration.name}.ts`)).toEqual(files);
  });

  it('give every entity its table and every property its column of the right type', async () => {
    const diff = await app.db.orm.schema.getUpdateSchemaSQL({ wrap: false, safe: true });
    // Checks, partial indexes and triggers live only in the migrations; tables and columns must agree.
    const structural = diff
      .split('\n')
      .filter((line) => /create table|add column|alter column|drop column|rename/i.test(line));
    expect(structural).toEqual([]);
  });
});
