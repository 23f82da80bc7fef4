import { exampleDefinition } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { createEmployee, createUnit, problemCode, validNip } from '../../../test/organisation-fixtures.js';
import { seedFamilies } from '../../seed/families.seed.js';
import { JobFamily } from '../job-family/job-family.entity.js';
import { TemplateVersion, TemplateVersionStatus } from '../template/template-version.entity.js';
import { Template } from '../template/template.entity.js';
import { PeriodTemplate } from './period-template.entity.js';

let app: TestApp;
const family: Record<string, string> = {};
let unitId: string;
/** HR runs the periods; the administrator keeps the organisation. */
let hr: Record<string, string>;
let admin: Record<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  hr = await app.signInAs('HR');
  admin = await app.signInAs('ADMIN');
  for (const f of await seedFamilies(app.em())) family[f.code] = f.id;
  unitId = await createUnit(app, admin, { code: 'kec_uji', name: 'Kecamatan Uji' });
});
afterAll(() => app.close());

const PERIOD_FIELDS =
  'id year cadence state openedAt closedAt subPeriods { kind number name startDate endDate } pinnedVersions { family { code } templateVersion { id number status } }';
const CREATE = `mutation ($input: CreatePeriodInput!) { createPeriod(input: $input) { period { ${PERIOD_FIELDS} } } }`;
const OPEN = `mutation ($id: ID!) { openPeriod(input: { periodId: $id }) { period { ${PERIOD_FIELDS} } } }`;
const CLOSE = `mutation ($id: ID!) { closePeriod(input: { periodId: $id }) { period { ${PERIOD_FIELDS} } } }`;

async function createPeriod(year: number, cadence?: string) {
  return (await app.ok(CREATE, { input: { year, cadence } }, hr)).createPeriod.period;
}

/** A published template version of a family, inserted directly as the template module would leave it. */
async function publish(
  familyCode: string,
  number: number,
  publishedAt: Date,
  name = `Templat ${familyCode}`,
): Promise<string> {
  const em = app.em();
  const fam = await em.findOneOrFail(JobFamily, { code: familyCode });
  const template = (await em.findOne(Template, { family: fam, name })) ?? em.create(Template, { family: fam, name });
  const version = em.create(TemplateVersion, {
    template,
    number,
    status: TemplateVersionStatus.PUBLISHED,
    publishedAt,
    definition: exampleDefinition(),
  });
  await em.flush();
  return version.id;
}

describe('periods: creation', () => {
  it.each([
    ['QUARTERLY', undefined, ['QUARTER:1', 'QUARTER:2', 'QUARTER:3', 'QUARTER:4', 'ANNUAL:1']],
    ['SEMESTER', 'SEMESTER', ['SEMESTER:1', 'SEMESTER:2', 'ANNUAL:1']],
    ['MONTHLY', 'MONTHLY', [...Array.from({ length: 12 }, (_, i) => `MONTH:${i + 1}`), 'ANNUAL:1']],
  ])('creates a %s period in PLANNING with its generated sub-periods', async (expected, cadence, subs) => {
    const year = { QUARTERLY: 2030, SEMESTER: 2031, MONTHLY: 2032 }[expected]!;
    const period = await createPeriod(year, cadence);
    expect(period).toMatchObject({ year, cadence: expected, state: 'PLANNING', openedAt: null, pinnedVersions: [] });
    expect(period.subPeriods.map((s: { kind: string; number: number }) => `${s.kind}:${s.number}`)).toEqual(subs);
    expect(period.subPeriods.at(-1)).toMatchObject({
      name: `Tahunan ${year}`,
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
    });
  });

  it('lists periods newest first and finds one by id', async () => {
    const periods = (await app.ok('{ periods { nodes { id year } } }', {}, hr)).periods.nodes;
    expect(periods.map((p: { year: number }) => p.year)).toEqual(
      [...periods.map((p: { year: number }) => p.year)].sort((a, b) => b - a),
    );
    const { period } = await app.ok(
      'query ($id: ID!) { period(id: $id) { year subPeriods { period { year } } } }',
      { id: periods[0].id },
      hr,
    );
    expect(period.subPeriods[0].period.year).toBe(period.year);
    expect((await app.ok('{ period(id: "nope") { id } }', {}, hr)).period).toBeNull();
  });

  it('is run by HR only: anonymous callers must sign in, other roles are refused, nothing is stored', async () => {
    expect((await app.gql(CREATE, { input: { year: 2050 } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.gql(CREATE, { input: { year: 2050 } }, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const periods = (await app.ok('{ periods(filter: { year: { gte: 2050, lte: 2050 } }) { nodes { year } } }', {}, hr))
      .periods.nodes;
    expect(periods.map((p: { year: number }) => p.year)).not.toContain(2050);
  });

  it('refuses a second period for the same year (CONFLICT) and a year out of range', async () => {
    await createPeriod(2033);
    expect(problemCode(await app.gql(CREATE, { input: { year: 2033 } }, hr))).toBe('CONFLICT');
    expect(problemCode(await app.gql(CREATE, { input: { year: 1999 } }, hr))).toBe('OUT_OF_RANGE');
  });
});

describe('periods: transitions and pinning', () => {
  it('opens only from PLANNING, closes only from OPEN, never goes back', async () => {
    const period = await createPeriod(2040);
    const closeEarly = await app.gql(CLOSE, { id: period.id }, hr);
    expect(closeEarly.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'PLANNING' });
    expect(closeEarly.errors?.[0]?.message).toContain('berstatus Perencanaan (PLANNING)');

    const opened = (await app.ok(OPEN, { id: period.id }, hr)).openPeriod.period;
    expect(opened.state).toBe('OPEN');
    expect(opened.openedAt).not.toBeNull();
    const again = await app.gql(OPEN, { id: period.id }, { ...hr, 'accept-language': 'en' });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', state: 'OPEN' });
    expect(again.errors?.[0]?.message).toBe('Period 2040 is Open (OPEN); only a period in Planning can be opened.');

    const closed = (await app.ok(CLOSE, { id: period.id }, hr)).closePeriod.period;
    expect(closed).toMatchObject({ state: 'CLOSED' });
    expect(problemCode(await app.gql(CLOSE, { id: period.id }, hr))).toBe('INVALID_STATE');
    expect(problemCode(await app.gql(OPEN, { id: period.id }, hr))).toBe('INVALID_STATE');
    expect(problemCode(await app.gql(OPEN, { id: '00000000-0000-4000-8000-000000000000' }, hr))).toBe('NOT_FOUND');

    const sql = app.em().getConnection();
    await expect(sql.execute(`update period set state = 'OPEN' where id = ?`, [period.id])).rejects.toThrow(
      /cannot go back/,
    );
    await expect(sql.execute(`update period set cadence = 'MONTHLY' where id = ?`, [period.id])).rejects.toThrow(
      /cannot change/,
    );
  });

  it('pins the latest published version of every family on opening, refusing while a staffed family has none', async () => {
    const period = await createPeriod(2041);
    await createEmployee(app, admin, {
      nip: validNip(7),
      name: 'Perawat Satu',
      unitId,
      familyId: family.perawat!,
      position: 'Perawat Terampil',
    });
    // Guru has two published versions (the later one wins); perawat has employees but nothing published.
    await publish('guru', 1, new Date('2026-01-05T00:00:00Z'));
    const guruV2 = await publish('guru', 2, new Date('2026-02-05T00:00:00Z'));

    const refused = await app.gql(OPEN, { id: period.id }, hr);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'INVALID_STATE',
      families: [{ id: family.perawat, code: 'perawat', name: 'Perawat' }],
    });
    expect(refused.errors?.[0]?.message).toContain('Perawat');
    expect((await app.ok('query ($id: ID!) { period(id: $id) { state } }', { id: period.id }, hr)).period.state).toBe(
      'PLANNING',
    );
    expect(await app.em().count(PeriodTemplate, { period: period.id })).toBe(0);

    const perawatV1 = await publish('perawat', 1, new Date('2026-01-10T00:00:00Z'));
    const opened = (await app.ok(OPEN, { id: period.id }, hr)).openPeriod.period;
    // pelaksana_administrasi has neither employees nor a published version: nothing to pin, no refusal.
    expect(opened.pinnedVersions).toEqual([
      { family: { code: 'guru' }, templateVersion: { id: guruV2, number: 2, status: 'PUBLISHED' } },
      { family: { code: 'perawat' }, templateVersion: { id: perawatV1, number: 1, status: 'PUBLISHED' } },
    ]);
    // A pin is fixed once made, and only a published version of the same family can be pinned.
    const sql = app.em().getConnection();
    await expect(sql.execute('delete from period_template where period_id = ?', [period.id])).rejects.toThrow(
      /cannot be changed or removed/,
    );
    const other = await createPeriod(2042);
    await expect(
      sql.execute(
        `insert into period_template (id, period_id, family_id, template_version_id, pinned_at) values (gen_random_uuid(), ?, ?, ?, now())`,
        [other.id, family.perawat, guruV2],
      ),
    ).rejects.toThrow(/not a published version of family/);
  });

  it('writes an audit record for create, open and close', async () => {
    const period = await createPeriod(2043);
    await app.ok(OPEN, { id: period.id }, hr);
    await app.ok(CLOSE, { id: period.id }, hr);
    const { auditTrail } = await app.ok(
      'query ($id: ID!) { auditTrail(entityId: $id) { action entityType before after } }',
      { id: period.id },
      hr,
    );
    expect(auditTrail.map((r: { action: string }) => r.action)).toEqual(['create', 'open', 'close']);
    expect(auditTrail[0]).toMatchObject({
      entityType: 'Period',
      before: null,
      after: { year: 2043, cadence: 'QUARTERLY', state: 'PLANNING' },
    });
    expect(auditTrail[1]).toMatchObject({
      before: { state: 'PLANNING' },
      after: {
        state: 'OPEN',
        pinned: expect.arrayContaining([expect.objectContaining({ familyCode: 'guru', number: 2 })]),
      },
    });
    expect(auditTrail[2]).toMatchObject({ before: { state: 'OPEN' }, after: { state: 'CLOSED' } });
  });
});
