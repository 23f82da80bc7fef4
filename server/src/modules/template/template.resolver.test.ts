import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { seedFamilies } from '../../seed/families.seed.js';
import { TemplateVersion } from './template-version.entity.js';
import { Template } from './template.entity.js';

let app: TestApp;
let guruId: string;
/** HR designs the templates. */
let hr: Record<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  hr = await app.signInAs('HR');
  const families = await seedFamilies(app.em());
  guruId = families.find((family) => family.code === 'guru')!.id;
});
afterAll(() => app.close());

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateTemplateInput!) {
    createTemplate(input: $input) {
      template {
        id
        name
        family {
          code
        }
        versions {
          number
          status
          publishedAt
        }
      }
    }
  }
`;

describe('job families and templates over GraphQL', () => {
  it('lists the seeded families with their templates', async () => {
    const data = await app.ok(`{ jobFamilies { code name nameEn templates { id } } }`, {}, hr);
    expect(data.jobFamilies.map((family: { code: string }) => family.code)).toEqual([
      'guru',
      'pelaksana_administrasi',
      'perawat',
    ]);
  });

  it('creates a template with an editable draft version 1', async () => {
    const data = await app.ok(CREATE, { input: { familyId: guruId, name: '  Penilaian Kinerja Guru  ' } }, hr);
    expect(data.createTemplate.template).toMatchObject({
      name: 'Penilaian Kinerja Guru',
      family: { code: 'guru' },
      versions: [{ number: 1, status: 'DRAFT', publishedAt: null }],
    });
    const listed = await app.ok(`{ jobFamily(id: "${guruId}") { templates { name versions { status } } } }`, {}, hr);
    expect(listed.jobFamily.templates).toContainEqual({
      name: 'Penilaian Kinerja Guru',
      versions: [{ status: 'DRAFT' }],
    });
  });

  it('is designed by HR only: anonymous callers must sign in, other roles are refused, nothing is stored', async () => {
    const before = await app.em().count(Template);
    const input = { familyId: guruId, name: 'Tanpa HR' };
    expect((await app.gql(CREATE, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(CREATE, { input }, await app.signInAs('ADMIN'))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await app.gql(`{ jobFamilies { code } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await app.em().count(Template)).toBe(before);
  });

  it('refuses a blank name with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const before = await app.em().count(Template);
    const result = await app.gql(CREATE, { input: { familyId: guruId, name: '   ' } }, hr);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'name', code: 'REQUIRED', message: 'Nama templat wajib diisi.' }],
    });
    expect(await app.em().count(Template)).toBe(before);
  });

  it('answers in English when the client asks for it', async () => {
    const result = await app.gql(
      CREATE,
      { input: { familyId: guruId, name: '' } },
      { ...hr, 'accept-language': 'en-US,en;q=0.9' },
    );
    expect(result.errors?.[0]?.message).toBe('Template name is required.');
  });

  it('refuses an unknown or malformed family id with NOT_FOUND', async () => {
    for (const familyId of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const result = await app.gql(CREATE, { input: { familyId, name: 'X' } }, hr);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    }
  });

  it('batches relations: the number of SQL statements does not grow with the rows', async () => {
    const query = `{ jobFamilies { templates { versions { number } family { code } } } }`;
    const before = await app.countStatements(() => app.ok(query, {}, hr));
    for (const name of ['A', 'B', 'C']) await app.ok(CREATE, { input: { familyId: guruId, name } }, hr);
    const after = await app.countStatements(() => app.ok(query, {}, hr));
    // jobFamilies, templates, versions, family: one statement per relation field (the session lookup
    // every signed-in request makes aside).
    const session = await app.countStatements(() => app.ok('{ viewer { id } }', {}, hr));
    expect(before - session).toBeLessThanOrEqual(4);
    expect(after).toBe(before);
  });
});

describe('published versions are frozen by the database', () => {
  it('refuses to change or delete a published version even with direct SQL', async () => {
    const data = await app.ok(CREATE, { input: { familyId: guruId, name: 'Beku' } }, hr);
    const em = app.em();
    const version = await em.findOneOrFail(TemplateVersion, { template: data.createTemplate.template.id });
    const sql = em.getConnection();
    await sql.execute(`update template_version set status = 'PUBLISHED', published_at = now() where id = ?`, [
      version.id,
    ]);
    await expect(
      sql.execute(`update template_version set definition = '{}' where id = ?`, [version.id]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(
      sql.execute(`update template_version set status = 'DRAFT' where id = ?`, [version.id]),
    ).rejects.toThrow(/cannot be changed/);
    await expect(sql.execute(`delete from template_version where id = ?`, [version.id])).rejects.toThrow(
      /cannot be deleted/,
    );
    await sql.execute(`update template_version set status = 'RETIRED', retired_at = now() where id = ?`, [version.id]);
    await expect(
      sql.execute(`update template_version set status = 'PUBLISHED' where id = ?`, [version.id]),
    ).rejects.toThrow(/cannot be changed/);
  });
});
