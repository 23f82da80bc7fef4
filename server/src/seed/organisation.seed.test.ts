import { parseNip } from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { AuditRecord } from '../modules/audit/audit-record.entity.js';
import { Employee } from '../modules/organisation/employee.entity.js';
import { Unit } from '../modules/organisation/unit.entity.js';
import { PeriodTemplate } from '../modules/period/period-template.entity.js';
import { seedFamilies } from './families.seed.js';
import { seedId, seedOrganisation } from './organisation.seed.js';
import { openSeedPeriod, seedPlanningPeriod } from './period.seed.js';
import { seedTemplates } from './templates.seed.js';

let app: TestApp;
/** The administrator, who keeps the organisation, looks it over. */
let admin: Record<string, string>;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signInAs('ADMIN');
  await seedFamilies(app.em());
  await seedOrganisation(app.em());
});
afterAll(() => app.close());

describe('the Kecamatan Gerunggang sample organisation', () => {
  it('has the kecamatan tree, the six kelurahan and two external units', async () => {
    const { units } = await app.ok('{ units: unitTree { code kind depth } }', {}, admin);
    expect(units).toHaveLength(14);
    expect(units.filter((u: { kind: string }) => u.kind === 'KELURAHAN')).toHaveLength(6);
    expect(units.filter((u: { depth: number }) => u.depth === 0).map((u: { code: string }) => u.code)).toEqual([
      'kec_gerunggang',
      'sdn_12_pangkalpinang',
      'puskesmas_gerunggang',
    ]);
  });

  it('has 40 employees with valid NIPs over the three families, and supervisor chains with three tops', async () => {
    const employees = await app.em().find(Employee, {}, { populate: ['family'] });
    expect(employees).toHaveLength(40);
    for (const employee of employees)
      expect(parseNip(employee.nip)).toMatchObject({ ok: true, birthDate: employee.birthDate });
    const byFamily = new Map<string, number>();
    for (const employee of employees)
      byFamily.set(employee.family.getEntity().code, (byFamily.get(employee.family.getEntity().code) ?? 0) + 1);
    expect(Object.fromEntries(byFamily)).toEqual({ pelaksana_administrasi: 28, guru: 6, perawat: 6 });
    const tops = employees.filter((e) => e.supervisor === null).map((e) => e.position);
    expect(tops.sort()).toEqual([
      'Camat Gerunggang',
      'Kepala Puskesmas (Perawat Ahli Madya)',
      'Kepala Sekolah (Guru Ahli Madya)',
    ]);
    const { employee } = await app.ok(
      `query ($id: ID!) { employee(id: $id) { name subordinates { position } } }`,
      { id: seedId('employee:kapus') },
      admin,
    );
    expect(employee.subordinates).toHaveLength(5);
  });

  it('is deterministic: the same ids every time', async () => {
    expect(seedId('unit:kec_gerunggang')).toBe(seedId('unit:kec_gerunggang'));
    expect((await app.em().findOneOrFail(Unit, { code: 'kec_gerunggang' })).id).toBe(seedId('unit:kec_gerunggang'));
  });

  it('gives a planning period that opens once the seeded templates are published, pinning all three families', async () => {
    await seedTemplates(app.em());
    const period = await seedPlanningPeriod(app.em());
    expect(period).toMatchObject({ year: 2026, state: 'PLANNING' });
    const opened = await openSeedPeriod(app.em(), period);
    expect(opened.state).toBe('OPEN');
    expect(await app.em().count(PeriodTemplate, { period: period.id })).toBe(3);
    expect(await app.em().count(AuditRecord, { entityId: period.id, action: 'open' })).toBe(1);
  });
});
