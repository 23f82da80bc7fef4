import * as rules from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessStaff } from '../../../test/follow-up-fixtures.js';
import { arrangeCycle, type Cycle } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { OrganisationRating, UnitKind } from '../organisation/organisation.enums.js';
import { Unit } from '../organisation/unit.entity.js';

let app: TestApp;
let cycle: Cycle;
let kecamatan: Unit;
let seksi: Unit;

/** Adds an assessment like `sourceId` for another employee and sub-period, with the given ratings. */
async function cloneAssessment(sourceId: string, employeeId: string, subPeriodId: string, status: 'DRAFT' | 'SUBMITTED', work: rules.Rating, behaviour: rules.Rating) {
  const submitted = status === 'SUBMITTED';
  await app.em().getConnection().execute(
    `insert into assessment (id, employee_id, sub_period_id, period_id, template_version_id, work_plan_id, assessor_id, status, form_id, answers,
       suggested_work_results_rating, suggested_behaviour_rating, work_results_rating, behaviour_rating, predikat, submitted_at, created_at, updated_at)
     select gen_random_uuid(), ?, ?, period_id, template_version_id, work_plan_id, assessor_id, ?, form_id, answers, ?, ?, ?, ?, ?, ?, now(), now()
     from assessment where id = ?`,
    [employeeId, subPeriodId, status, work, behaviour, submitted ? work : null, submitted ? behaviour : null,
      submitted ? rules.predikatOf(work, behaviour) : null, submitted ? new Date() : null, sourceId],
  );
}

beforeAll(async () => {
  app = await startTestApp();
  cycle = await arrangeCycle(app, rules.exampleDefinition());
  const em = app.em();
  kecamatan = em.create(Unit, { code: 'kec_uji', name: 'Kecamatan Uji', kind: UnitKind.KECAMATAN });
  await em.flush();
  seksi = em.create(Unit, { code: 'seksi_uji', name: 'Seksi Uji', kind: UnitKind.SEKSI, parent: kecamatan });
  await em.flush();
  const sql = em.getConnection();
  const { people } = cycle;
  await sql.execute(`update employee set unit_id = ? where id in (?, ?, ?)`, [kecamatan.id, people.head.id, people.supervisor.id, people.staff.id]);
  await sql.execute(`update employee set unit_id = ? where id in (?, ?)`, [seksi.id, people.staff2.id, people.other.id]);

  const annual = await assessStaff(app, cycle, cycle.annual.id);
  expect(annual.predikat).toBe('BAIK');
  await cloneAssessment(annual.id, people.supervisor.id, cycle.annual.id, 'SUBMITTED', 'ABOVE', 'ABOVE');
  await cloneAssessment(annual.id, people.head.id, cycle.annual.id, 'DRAFT', 'BELOW', 'BELOW');
  await cloneAssessment(annual.id, people.staff2.id, cycle.annual.id, 'SUBMITTED', 'MEETS', 'MEETS');
  await cloneAssessment(annual.id, people.other.id, cycle.annual.id, 'SUBMITTED', 'ABOVE', 'MEETS');
  await cloneAssessment(annual.id, people.otherStaff.id, cycle.annual.id, 'SUBMITTED', 'BELOW', 'MEETS');
  await cloneAssessment(annual.id, people.staff2.id, cycle.quarters[0]!.id, 'SUBMITTED', 'BELOW', 'BELOW');
});
afterAll(() => app.close());

const QUERY = `query ($unitId: ID!, $periodId: ID!, $subPeriodId: ID, $includeSubUnits: Boolean) {
  predikatDistribution(unitId: $unitId, periodId: $periodId, subPeriodId: $subPeriodId, includeSubUnits: $includeSubUnits) {
    unit { code } subPeriod { kind } includeSubUnits organisationRating total
    rows { predikat count percent } warnings { code message } guideline { kind predikat percent } } }`;
/** Read, by default, by HR, who oversees the distribution across the organisation. */
const distribution = async (vars: Record<string, unknown>, headers: Record<string, string> = cycle.as.hr) =>
  (await app.ok(QUERY, { periodId: cycle.period.id, unitId: kecamatan.id, ...vars }, headers)).predikatDistribution;
/** The error code of the distribution query, as HR by default. */
const code = async (vars: Record<string, unknown>, headers: Record<string, string> = cycle.as.hr) =>
  (await app.gql(QUERY, { periodId: cycle.period.id, unitId: kecamatan.id, ...vars }, headers)).errors?.[0]?.extensions?.code;
const counts = (rows: { predikat: string; count: number }[]) => Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.predikat, r.count]));

describe('predikat distribution of a unit', () => {
  it('counts the submitted annual assessments of the unit and its sub-units, with percentages and the guideline’s warnings', async () => {
    const result = await distribution({});
    expect(result).toMatchObject({ unit: { code: 'kec_uji' }, subPeriod: { kind: 'ANNUAL' }, includeSubUnits: true, organisationRating: 'BAIK', total: 4 });
    expect(result.rows).toEqual([
      { predikat: 'SANGAT_BAIK', count: 1, percent: 25 },
      { predikat: 'BAIK', count: 3, percent: 75 },
      { predikat: 'BUTUH_PERBAIKAN', count: 0, percent: 0 },
      { predikat: 'KURANG', count: 0, percent: 0 },
      { predikat: 'SANGAT_KURANG', count: 0, percent: 0 },
    ]);
    expect(result.warnings.map((w: { code: string }) => w.code)).toEqual(['DISTRIBUTION_ABOVE_MAXIMUM', 'DISTRIBUTION_REQUIRED_ABSENT']);
    expect(result.warnings[0].message).toBe("Predikat 'Baik': 75% (3 dari 4 pegawai); untuk organisasi 'Baik' pedoman membolehkan paling banyak 70%.");
    expect(result.guideline).toEqual([
      { kind: 'atMost', predikat: ['BAIK'], percent: 70 },
      { kind: 'present', predikat: ['BUTUH_PERBAIKAN', 'KURANG'], percent: null },
    ]);
  });

  it('counts the unit alone, a sub-unit, or another sub-period when asked', async () => {
    const alone = await distribution({ includeSubUnits: false });
    expect([alone.total, counts(alone.rows)]).toEqual([2, { SANGAT_BAIK: 1, BAIK: 1 }]);
    expect(alone.warnings.map((w: { code: string }) => w.code)).toEqual(['DISTRIBUTION_REQUIRED_ABSENT']);
    const sub = await distribution({ unitId: seksi.id });
    expect([sub.total, counts(sub.rows)]).toEqual([2, { BAIK: 2 }]);
    const quarter = await distribution({ subPeriodId: cycle.quarters[0]!.id });
    expect([quarter.subPeriod.kind, quarter.total, counts(quarter.rows)]).toEqual(['QUARTER', 1, { SANGAT_KURANG: 1 }]);
    const empty = await distribution({ subPeriodId: cycle.quarters[1]!.id });
    expect(empty.warnings.map((w: { code: string }) => w.code)).toEqual(['DISTRIBUTION_EMPTY']);
  });

  it('follows the unit’s organisational rating and the request’s language', async () => {
    await app.em().getConnection().execute(`update unit set rating = ? where id = ?`, [OrganisationRating.BUTUH_PERBAIKAN, kecamatan.id]);
    const result = await distribution({}, { ...cycle.as.hr, 'accept-language': 'en' });
    expect(result.organisationRating).toBe('BUTUH_PERBAIKAN');
    expect(result.warnings.map((w: { message: string }) => w.message)).toEqual([
      "Predikat 'Needs improvement': 0% (0 of 4 employees); for a 'Needs improvement' organisation the guideline expects at least 60%.",
      "Predikat 'Very good': 25% (1 of 4 employees); for a 'Needs improvement' organisation the guideline allows at most 10%.",
    ]);
  });

  it('runs in a constant number of statements, whatever the size of the tree', async () => {
    const big = await app.countStatements(() => distribution({}));
    const small = await app.countStatements(() => distribution({ unitId: seksi.id, includeSubUnits: false }));
    expect(big).toBe(small);
    // The query's own statements, without the session lookup every signed-in request makes.
    const session = await app.countStatements(() => app.ok('{ viewer { id } }', {}, cycle.as.hr));
    expect(big - session).toBeLessThanOrEqual(4);
  });

  it('answers NOT_FOUND for an unknown unit, period or a sub-period of another period', async () => {
    expect(await code({ unitId: cycle.people.staff.id })).toBe('NOT_FOUND');
    expect(await code({ periodId: kecamatan.id })).toBe('NOT_FOUND');
    expect(await code({ periodId: 'x' })).toBe('NOT_FOUND');
    expect(await code({ subPeriodId: kecamatan.id })).toBe('NOT_FOUND');
  });

  it('asks anonymous callers to sign in and refuses an employee without a reading role', async () => {
    expect(await code({}, {})).toBe('UNAUTHENTICATED');
    expect(await code({}, cycle.as.staff)).toBe('FORBIDDEN');
  });
});
