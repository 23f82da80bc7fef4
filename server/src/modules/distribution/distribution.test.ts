import * as rules from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessStaff } from '../../../test/follow-up-fixtures.js';
import { arrangeCycle, type Cycle } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { UnitKind } from '../organisation/organisation.enums.js';
import { Unit } from '../organisation/unit.entity.js';

// SE MenPANRB 3/2023: the distribution of predikat in a unit is checked against the guideline row of the unit's
// capaian kinerja organisasi recorded for that sub-period; with none recorded nothing is expected.

let app: TestApp;
let cycle: Cycle;
let admin: Record<string, string>;
let kecamatan: Unit;
let seksi: Unit;

/** Adds an assessment like `sourceId` for another employee and sub-period, with the given ratings. */
async function cloneAssessment(
  sourceId: string,
  employeeId: string,
  subPeriodId: string,
  status: 'DRAFT' | 'SUBMITTED',
  work: rules.Rating,
  behaviour: rules.Rating,
) {
  const submitted = status === 'SUBMITTED';
  await app
    .em()
    .getConnection()
    .execute(
      `insert into assessment (id, employee_id, sub_period_id, period_id, template_version_id, work_plan_id, assessor_id, status, form_id, answers,
       suggested_work_results_rating, suggested_behaviour_rating, work_results_rating, behaviour_rating, predikat, submitted_at, created_at, updated_at)
     select gen_random_uuid(), ?, ?, period_id, template_version_id, work_plan_id, assessor_id, ?, form_id, answers, ?, ?, ?, ?, ?, ?, now(), now()
     from assessment where id = ?`,
      [
        employeeId,
        subPeriodId,
        status,
        work,
        behaviour,
        submitted ? work : null,
        submitted ? behaviour : null,
        submitted ? rules.predikatOf(work, behaviour) : null,
        submitted ? new Date() : null,
        sourceId,
      ],
    );
}

const RECORD = `mutation ($input: RecordOrganisationRatingInput!) { recordOrganisationRating(input: $input) { record { id version } } }`;
/** HR records a capaian kinerja organisasi (the annual one unless told). */
const record = (unitId: string, rating: string, subPeriodId = cycle.annual.id) =>
  app.ok(RECORD, { input: { unitId, subPeriodId, rating } }, cycle.as.hr);

beforeAll(async () => {
  app = await startTestApp();
  cycle = await arrangeCycle(app, rules.exampleDefinition());
  admin = await app.signInAs('ADMIN');
  const em = app.em();
  kecamatan = em.create(Unit, { code: 'kec_uji', name: 'Kecamatan Uji', kind: UnitKind.KECAMATAN });
  await em.flush();
  seksi = em.create(Unit, { code: 'seksi_uji', name: 'Seksi Uji', kind: UnitKind.SEKSI, parent: kecamatan });
  await em.flush();
  const sql = em.getConnection();
  const { people } = cycle;
  await sql.execute(`update employee set unit_id = ? where id in (?, ?, ?)`, [
    kecamatan.id,
    people.head.id,
    people.supervisor.id,
    people.staff.id,
  ]);
  await sql.execute(`update employee set unit_id = ? where id in (?, ?)`, [
    seksi.id,
    people.staff2.id,
    people.other.id,
  ]);

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
    unit { code } subPeriod { kind } includeSubUnits organisationRating organisationRatingRecord { version recordedByName } notice total
    rows { predikat count percent } warnings { code message } guideline { kind predikat percent } } }`;
/** Read, by default, by HR, who oversees the distribution across the organisation. */
const distribution = async (vars: Record<string, unknown>, headers: Record<string, string> = cycle.as.hr) =>
  (await app.ok(QUERY, { periodId: cycle.period.id, unitId: kecamatan.id, ...vars }, headers)).predikatDistribution;
/** The error code of the distribution query, as HR by default. */
const code = async (vars: Record<string, unknown>, headers: Record<string, string> = cycle.as.hr) =>
  (await app.gql(QUERY, { periodId: cycle.period.id, unitId: kecamatan.id, ...vars }, headers)).errors?.[0]?.extensions
    ?.code;
const counts = (rows: { predikat: string; count: number }[]) =>
  Object.fromEntries(rows.filter((r) => r.count > 0).map((r) => [r.predikat, r.count]));
const codes = (result: { warnings: { code: string }[] }) => result.warnings.map((w) => w.code);

describe('predikat distribution of a unit (SE MenPANRB 3/2023)', () => {
  it('with no capaian kinerja organisasi recorded, says so and expects nothing: no bounds, no warning about the curve', async () => {
    const result = await distribution({});
    expect(result).toMatchObject({
      unit: { code: 'kec_uji' },
      subPeriod: { kind: 'ANNUAL' },
      organisationRating: null,
      organisationRatingRecord: null,
      total: 4,
    });
    expect(result.notice).toBe(
      'Capaian kinerja organisasi untuk Kecamatan Uji, Tahunan 2026 belum dicatat; tidak ada harapan distribusi.',
    );
    expect([result.warnings, result.guideline]).toEqual([[], []]);
    expect(counts(result.rows)).toEqual({ SANGAT_BAIK: 1, BAIK: 3 });
    const en = await distribution({}, { ...cycle.as.hr, 'accept-language': 'en' });
    expect(en.notice).toBe(
      'The capaian kinerja organisasi (organisation performance) of Kecamatan Uji, Annual 2026 is not recorded yet; no distribution is expected.',
    );
  });

  it('checks the submitted annual assessments of the unit and its sub-units against the row of the capaian recorded for the year', async () => {
    await record(kecamatan.id, 'BAIK');
    const result = await distribution({});
    expect(result).toMatchObject({
      includeSubUnits: true,
      organisationRating: 'BAIK',
      organisationRatingRecord: { version: 1 },
      notice: null,
      total: 4,
    });
    expect(result.rows).toEqual([
      { predikat: 'SANGAT_BAIK', count: 1, percent: 25 },
      { predikat: 'BAIK', count: 3, percent: 75 },
      { predikat: 'BUTUH_PERBAIKAN', count: 0, percent: 0 },
      { predikat: 'KURANG', count: 0, percent: 0 },
      { predikat: 'SANGAT_KURANG', count: 0, percent: 0 },
    ]);
    expect(codes(result)).toEqual(['DISTRIBUTION_ABOVE_MAXIMUM', 'DISTRIBUTION_REQUIRED_ABSENT']);
    expect(result.warnings[0].message).toBe(
      "Predikat 'Baik': 75% (3 dari 4 pegawai); untuk organisasi 'Baik' pedoman membolehkan paling banyak 70%.",
    );
    expect(result.guideline).toEqual([
      { kind: 'largest', predikat: ['BAIK'], percent: null },
      { kind: 'atMost', predikat: ['BAIK'], percent: 70 },
      { kind: 'present', predikat: ['BUTUH_PERBAIKAN', 'KURANG'], percent: null },
    ]);
  });

  it('takes the capaian of the unit asked about and of the sub-period counted', async () => {
    const alone = await distribution({ includeSubUnits: false });
    expect([alone.total, counts(alone.rows), alone.organisationRating]).toEqual([
      2,
      { SANGAT_BAIK: 1, BAIK: 1 },
      'BAIK',
    ]);
    expect(codes(alone)).toEqual(['DISTRIBUTION_REQUIRED_ABSENT']);
    // The kecamatan's capaian is not the seksi's: nothing recorded for the seksi.
    const sub = await distribution({ unitId: seksi.id });
    expect([sub.total, counts(sub.rows), sub.organisationRating, sub.warnings]).toEqual([2, { BAIK: 2 }, null, []]);
    // Nor is the year's the quarter's.
    const quarter = await distribution({ subPeriodId: cycle.quarters[0]!.id });
    expect([quarter.subPeriod.kind, quarter.total, counts(quarter.rows), quarter.organisationRating]).toEqual([
      'QUARTER',
      1,
      { SANGAT_KURANG: 1 },
      null,
    ]);
    expect(quarter.notice).toBe(
      'Capaian kinerja organisasi untuk Kecamatan Uji, Triwulan 1 2026 belum dicatat; tidak ada harapan distribusi.',
    );
    await record(kecamatan.id, 'SANGAT_KURANG', cycle.quarters[0]!.id);
    const rated = await distribution({ subPeriodId: cycle.quarters[0]!.id });
    expect([rated.organisationRating, codes(rated)]).toEqual(['SANGAT_KURANG', ['DISTRIBUTION_BELOW_MINIMUM']]);
    const empty = await distribution({ subPeriodId: cycle.quarters[1]!.id });
    expect(codes(empty)).toEqual(['DISTRIBUTION_EMPTY']);
  });

  it('follows the latest recording and the request’s language', async () => {
    await record(kecamatan.id, 'BUTUH_PERBAIKAN');
    const result = await distribution({}, { ...cycle.as.hr, 'accept-language': 'en' });
    expect([result.organisationRating, result.organisationRatingRecord.version]).toEqual(['BUTUH_PERBAIKAN', 2]);
    expect(result.warnings.map((w: { message: string }) => w.message)).toEqual([
      "Predikat 'Needs improvement': 0% (0 of 4 employees); for a 'Needs improvement' organisation the guideline expects at least 60%.",
      "Predikat 'Very good': 25% (1 of 4 employees); for a 'Needs improvement' organisation the guideline allows at most 10%.",
    ]);
  });

  it('follows the guideline as stored: an administrator’s adjustment changes the warnings, never blocks', async () => {
    const SET = `mutation ($input: SetDistributionGuidelineInput!) { setDistributionGuideline(input: $input) { row { revision } } }`;
    const rows = rules.SE_MENPANRB_3_2023_GUIDELINE.BUTUH_PERBAIKAN.map((r) => ({
      ...r,
      percent: 'percent' in r ? r.percent : null,
    }));
    await app.ok(
      SET,
      {
        input: {
          organisationRating: 'BUTUH_PERBAIKAN',
          rules: [{ kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 25 }],
        },
      },
      admin,
    );
    expect(codes(await distribution({}))).toEqual([]);
    await app.ok(SET, { input: { organisationRating: 'BUTUH_PERBAIKAN', rules: rows } }, admin);
    expect(codes(await distribution({}))).toEqual(['DISTRIBUTION_BELOW_MINIMUM', 'DISTRIBUTION_ABOVE_MAXIMUM']);
  });

  it('shows a supervisor the capaian of the units they work in and below, and nothing of another unit’s', async () => {
    await record(seksi.id, 'ISTIMEWA');
    // The supervisor works in the kecamatan: its capaian and the seksi's below it; their team only is counted.
    const own = await distribution({}, cycle.as.supervisor);
    expect([own.organisationRating, own.total]).toEqual(['BUTUH_PERBAIKAN', 3]);
    expect((await distribution({ unitId: seksi.id }, cycle.as.supervisor)).organisationRating).toBe('ISTIMEWA');
    // `other` works in the seksi: the kecamatan's capaian reads as not recorded, like any record outside one's scope.
    const outside = await distribution({}, cycle.as.other);
    expect([outside.organisationRating, outside.guideline, outside.warnings]).toEqual([null, [], []]);
    expect(outside.notice).toContain('belum dicatat');
    expect((await distribution({ unitId: seksi.id }, cycle.as.other)).organisationRating).toBe('ISTIMEWA');
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
