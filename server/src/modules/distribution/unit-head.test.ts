import * as rules from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planAnswers } from '../../../test/follow-up-fixtures.js';
import { arrangeCycle, type Cycle } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { UnitKind } from '../organisation/organisation.enums.js';
import { Unit } from '../organisation/unit.entity.js';

// SE MenPANRB 3/2023: when the employee assessed heads a unit, the unit's capaian kinerja organisasi for the period is
// their rating hasil kerja (Istimewa → Di Atas, Baik → Sesuai, lower → Di Bawah Ekspektasi); a departure needs a reason.

let app: TestApp;
let cycle: Cycle;
let admin: Record<string, string>;
let kelurahan: Unit;

const UPDATE_UNIT = `mutation ($input: UpdateUnitInput!) { updateUnit(input: $input) { unit { id head { id name } } } }`;
const UNIT_HEAD = 'unitHead { unit { code } organisationRating suggestedWorkResultsRating }';
const FIELDS = `id lockVersion status workResultsRating suggestedWorkResultsRating ratingReason ${UNIT_HEAD}`;
const q = (n: number) => cycle.quarters[n - 1]!.id;

/** The supervisor starts the staff member's assessment of a quarter. */
async function start(quarter: number) {
  const { startAssessment } = await app.ok(
    `mutation ($input: StartAssessmentInput!) { startAssessment(input: $input) { assessment { ${FIELDS} } } }`,
    { input: { employeeId: cycle.people.staff.id, subPeriodId: q(quarter) } },
    cycle.as.supervisor,
  );
  return startAssessment.assessment;
}

/** Submits with the example answers and the given ratings (none: the suggested ones). */
const submit = (assessmentId: string, ratings: Record<string, unknown> = {}) =>
  app.gql(
    `mutation ($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { assessment { ${FIELDS} } } }`,
    {
      input: {
        assessmentId,
        answers: Object.entries(planAnswers(cycle)).map(([indicatorKey, value]) => ({ indicatorKey, value })),
        ...ratings,
      },
    },
    cycle.as.supervisor,
  );

const recordRating = (quarter: number, rating: string) =>
  app.ok(
    `mutation ($input: RecordOrganisationRatingInput!) { recordOrganisationRating(input: $input) { record { id } } }`,
    {
      input: { unitId: kelurahan.id, subPeriodId: q(quarter), rating },
    },
    cycle.as.hr,
  );

/** The fourth quarter's assessment, started before the staff member heads the unit. */
let notHead: { id: string; unitHead: unknown };
/** The score's own suggestion for the example answers. */
let scoreRating: rules.Rating;

beforeAll(async () => {
  app = await startTestApp();
  cycle = await arrangeCycle(app, rules.exampleDefinition());
  admin = await app.signInAs('ADMIN');
  const em = app.em();
  const kecamatan = em.create(Unit, { code: 'kec_uji', name: 'Kecamatan Uji', kind: UnitKind.KECAMATAN });
  await em.flush();
  kelurahan = em.create(Unit, { code: 'kel_uji', name: 'Kelurahan Uji', kind: UnitKind.KELURAHAN, parent: kecamatan });
  await em.flush();
  // The staff member becomes the lurah of Kelurahan Uji, assessed by their supervisor (the camat, say).
  await em
    .getConnection()
    .execute(`update employee set unit_id = ? where id = ?`, [kelurahan.id, cycle.people.staff.id]);
  const form = rules.exampleDefinition();
  scoreRating = rules.scoreAnswers(form, rules.exampleAnswers()).workResults.rating!;
});
afterAll(() => app.close());

describe('the head of a unit', () => {
  it('is set by an administrator: an active employee of that unit, audited; before, the assessment has no unit-head suggestion', async () => {
    notHead = await start(4);
    expect(notHead.unitHead).toBeNull();
    const stranger = await app.gql(UPDATE_UNIT, { input: { id: kelurahan.id, headId: cycle.people.staff2.id } }, admin);
    expect(stranger.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'headId', code: 'HEAD_NOT_IN_UNIT' }],
    });
    expect(stranger.errors?.[0]?.message).toBe(
      'Guru Dua bukan pegawai Kelurahan Uji; pindahkan dulu ke unit ini, lalu tetapkan sebagai kepala.',
    );
    const unknown = await app.gql(UPDATE_UNIT, { input: { id: kelurahan.id, headId: kelurahan.id } }, admin);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'headId' });
    expect(
      (await app.gql(UPDATE_UNIT, { input: { id: kelurahan.id, headId: cycle.people.staff.id } }, cycle.as.hr))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    const { updateUnit } = await app.ok(
      UPDATE_UNIT,
      { input: { id: kelurahan.id, headId: cycle.people.staff.id } },
      admin,
    );
    expect(updateUnit.unit.head).toEqual({ id: cycle.people.staff.id, name: 'Guru Satu' });
    const { auditTrail } = await app.ok(
      `query ($id: ID!) { auditTrail(entityId: $id) { action before after } }`,
      { id: kelurahan.id },
      admin,
    );
    expect(auditTrail).toEqual([
      {
        action: 'update',
        before: expect.objectContaining({ headId: null }),
        after: expect.objectContaining({ headId: cycle.people.staff.id }),
      },
    ]);
  });

  it('keeps the score’s suggestion while the unit’s capaian for the quarter is not recorded, and the form is told so', async () => {
    const started = await start(1);
    expect(started.unitHead).toEqual({
      unit: { code: 'kel_uji' },
      organisationRating: null,
      suggestedWorkResultsRating: null,
    });
    const { data } = await submit(started.id);
    expect(data!.submitAssessment.assessment).toMatchObject({
      workResultsRating: scoreRating,
      suggestedWorkResultsRating: scoreRating,
      ratingReason: null,
    });
  });

  it('gets the unit’s capaian as the suggested rating hasil kerja: Istimewa → Di Atas, whatever the score says', async () => {
    await recordRating(2, 'ISTIMEWA');
    const started = await start(2);
    expect(started.unitHead).toEqual({
      unit: { code: 'kel_uji' },
      organisationRating: 'ISTIMEWA',
      suggestedWorkResultsRating: 'ABOVE',
    });
    // Keeping the score's rating departs from the suggestion: a reason is needed, as for any departure.
    const departs = await submit(started.id, { workResultsRating: 'MEETS', behaviourRating: 'MEETS' });
    expect(departs.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'ratingReason', code: 'RATING_REASON_REQUIRED' }],
    });
    const { data } = await submit(started.id);
    expect(data!.submitAssessment.assessment).toMatchObject({
      status: 'SUBMITTED',
      workResultsRating: 'ABOVE',
      suggestedWorkResultsRating: 'ABOVE',
      ratingReason: null,
    });
  });

  it('Baik → Sesuai and anything lower → Di Bawah; a supervisor may depart with a written reason', async () => {
    await recordRating(3, 'BAIK');
    await recordRating(3, 'KURANG');
    const started = await start(3);
    expect(started.unitHead).toMatchObject({ organisationRating: 'KURANG', suggestedWorkResultsRating: 'BELOW' });
    const { data } = await submit(started.id, {
      workResultsRating: 'MEETS',
      behaviourRating: 'MEETS',
      ratingReason: 'Capaian kelurahan turun karena banjir; kinerja lurah sendiri sesuai ekspektasi.',
    });
    expect(data!.submitAssessment.assessment).toMatchObject({
      workResultsRating: 'MEETS',
      suggestedWorkResultsRating: 'BELOW',
      ratingReason: expect.stringContaining('banjir'),
    });
    expect(rules.HEAD_WORK_RESULTS_RATING.BAIK).toBe('MEETS');
    const { auditRecords } = await app.ok(
      `query ($id: ID!) { auditRecords(filter: { entityId: [$id], action: { eq: "submit" } }) { nodes { after } } }`,
      { id: started.id },
      cycle.as.hr,
    );
    expect(auditRecords.nodes[0].after).toMatchObject({
      suggested: ['BELOW', expect.any(String)],
      suggestedWorkResultsBasis: 'ORGANISATION',
    });
  });

  it('leads the unit no longer after moving to another unit or being deactivated (audited on the unit)', async () => {
    const UPDATE_EMPLOYEE = `mutation ($input: UpdateEmployeeInput!) { updateEmployee(input: $input) { employee { id } } }`;
    await app.ok(UPDATE_EMPLOYEE, { input: { id: cycle.people.staff.id, unitId: cycle.people.other.unit.id } }, admin);
    const head = async () =>
      (await app.ok(`query ($id: ID!) { unit(id: $id) { head { id } } }`, { id: kelurahan.id }, admin)).unit.head;
    expect(await head()).toBeNull();
    const { assessment } = await app.ok(
      `query ($id: ID!) { assessment(id: $id) { ${UNIT_HEAD} } }`,
      { id: notHead.id },
      cycle.as.hr,
    );
    expect(assessment.unitHead).toBeNull();
    // Another head, then deactivated.
    await app.ok(UPDATE_EMPLOYEE, { input: { id: cycle.people.staff2.id, unitId: kelurahan.id } }, admin);
    await app.ok(UPDATE_UNIT, { input: { id: kelurahan.id, headId: cycle.people.staff2.id } }, admin);
    expect(await head()).toEqual({ id: cycle.people.staff2.id });
    await app.ok(UPDATE_EMPLOYEE, { input: { id: cycle.people.staff2.id, active: false } }, admin);
    expect(await head()).toBeNull();
    const { auditTrail } = await app.ok(
      `query ($id: ID!) { auditTrail(entityId: $id) { after note } }`,
      { id: kelurahan.id },
      admin,
    );
    expect(auditTrail.map((r: { note: string | null }) => r.note)).toEqual([
      null,
      'Kepala unit Guru Satu pindah ke unit lain.',
      null,
      'Kepala unit Guru Dua dinonaktifkan.',
    ]);
  });
});
