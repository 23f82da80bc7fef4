import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { seedFamilies } from '../../seed/families.seed.js';
import { TemplateVersion } from './template-version.entity.js';
import { Template } from './template.entity.js';

let app: TestApp;
let guruId: string;

beforeAll(async () => {
  app = await startTestApp();
  const families = await seedFamilies(app.em());
  guruId = families.find((family) => family.code === 'guru')!.id;
});
afterAll(() => app.close());

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateTemplateInput!) {
    createTemplate(input: $input) {
      template { id name family { code } versions { number status publishedAt } }
    }
  }
`;

describe('job families and templates over GraphQL', () => {
  it('lists the seeded families with their templates', async () => {
    const data = await app.ok(`{ jobFamilies { code name nameEn templates { id } } }`);
    expect(data.jobFamilies.map((family: { code: string }) => family.code)).toEqual([
      'guru',
      'pelaksana_administrasi',
      'perawat',
    ]);
  });

  it('creates a template with an editable draft version 1', async () => {
    const data = await app.ok(CREATE, { input: { familyId: guruId, name: '  Penilaian Kinerja Guru  ' } });
    expect(data.createTemplate.template).toMatchObject({
      name: 'Penilaian Kinerja Guru',
      family: { code: 'guru' },
      versions: [{ number: 1, status: 'DRAFT', publishedAt: null }],
    });
    const listed = await app.ok(`{ jobFamily(id: "${guruId}") { templates { name versions { status } } } }`);
    expect(listed.jobFamily.templates).toContainEqual({ name: 'Penilaian Kinerja Guru', versions: [{ status: 'DRAFT' }] });
  });

  it('refuses a blank name with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const before = await app.em().count(Template);
    const result = await app.gql(CREATE, { input: { familyId: guruId, name: '   ' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'name', code: 'REQUIRED', message: 'Nama templat wajib diisi.' }],
    });
    expect(await app.em().count(Template)).toBe(before);
  });

  it('answers in English when the client asks for it', async () => {
    const result = await app.gql(CREATE, { input: { familyId: guruId, name: '' } }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(result.errors?.[0]?.message).toBe('Template name is required.');
  });

  it('refuses an unknown or malformed family id with NOT_FOUND', async () => {
    for (const familyId of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const result = await app.gql(CREATE, { input: { familyId, name: 'X' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(result.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
    }
  });

  it('batches relations: the number of SQL statements does not grow with the rows', async () => {
    const query = `{ jobFamilies { templates { versions { number } family { code } } } }`;
    const before = await app.countStatements(() => app.ok(query));
    for (const name of ['A', 'B', 'C']) await app.ok(CREATE, { input: { familyId: guruId, name } });
    const after = await app.countStatements(() => app.ok(query));
    // jobFamilies, templates, versions, family: one statement per relation field.
    expect(before).toBeLessThanOrEqual(4);
    expect(after).toBe(before);
  });
});

describe('published versions are frozen by the database', () => {
  it('refuses to change or delete a published version even with direct SQL', async () => {
    const data = await app.ok(CREATE, { input: { familyId: guruId, name: 'Beku' } });
    const em = app.em();
    const version = await em.findOneOrFail(TemplateVersion, { template: data.createTemplate.template.id });
    const sql = em.getConnection();
    await sql.execute(`update template_version set status = 'PUBLISHED', published_at = now() where id = ?`, [version.id]);
    await expect(sql.execute(`update template_version set definition = '{}' where id = ?`, [version.id])).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(sql.execute(`update template_version set status = 'DRAFT' where id = ?`, [version.id])).rejects.toThrow(
      /cannot be changed/,
    );
    await expect(sql.execute(`delete from template_version where id = ?`, [version.id])).rejects.toThrow(/cannot be deleted/);
    await sql.execute(`update template_version set status = 'RETIRED', retired_at = now() where id = ?`, [version.id]);
    await expect(sql.execute(`update template_version set status = 'PUBLISHED' where id = ?`, [version.id])).rejects.toThrow(
      /cannot be changed/,
    );
  });
});
