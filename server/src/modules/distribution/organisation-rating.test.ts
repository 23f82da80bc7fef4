import * as rules from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeCycle, type Cycle } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { UnitKind } from '../organisation/organisation.enums.js';
import { Unit } from '../organisation/unit.entity.js';

// SE MenPANRB 3/2023: each period (every sub-period and the year) the head of the organisation above sets each unit's
// capaian kinerja organisasi; HR records it on their behalf. Every recording is kept; the latest is in force.

let app: TestApp;
let cycle: Cycle;
let kelurahan: Unit;
let other: Unit;

const FIELDS =
  'id version rating note recordedByName recordedAt supersededAt inForce unit { code } subPeriod { kind number }';
const RECORD = `mutation ($input: RecordOrganisationRatingInput!) { recordOrganisationRating(input: $input) { record { ${FIELDS} } previous { id version inForce } } }`;
const IN_FORCE = `query ($unitId: ID!, $subPeriodId: ID!) { organisationRating(unitId: $unitId, subPeriodId: $subPeriodId) { ${FIELDS} } }`;
const HISTORY = `query ($unitId: ID!, $subPeriodId: ID!) { organisationRatingHistory(unitId: $unitId, subPeriodId: $subPeriodId) { version rating inForce note } }`;
const LIST = `query ($filter: OrganisationRatingFilter) { organisationRatings(filter: $filter, first: 50) { totalCount nodes { version rating unit { code } subPeriod { kind number } } } }`;

const q = (n: number) => cycle.quarters[n - 1]!.id;
const record = (input: Record<string, unknown>, headers = cycle.as.hr) =>
  app.gql(RECORD, { input: { unitId: kelurahan.id, subPeriodId: q(1), ...input } }, headers);
const errorOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;

beforeAll(async () => {
  app = await startTestApp();
  cycle = await arrangeCycle(app, rules.exampleDefinition());
  const em = app.em();
  const kecamatan = em.create(Unit, { code: 'kec_uji', name: 'Kecamatan Uji', kind: UnitKind.KECAMATAN });
  await em.flush();
  kelurahan = em.create(Unit, { code: 'kel_uji', name: 'Kelurahan Uji', kind: UnitKind.KELURAHAN, parent: kecamatan });
  other = em.create(Unit, { code: 'kel_lain', name: 'Kelurahan Lain', kind: UnitKind.KELURAHAN, parent: kecamatan });
  await em.flush();
  // The supervisor works in Kelurahan Uji; `other` (another supervisor) in Kelurahan Lain.
  await em
    .getConnection()
    .execute(`update employee set unit_id = ? where id in (?, ?)`, [
      kelurahan.id,
      cycle.people.supervisor.id,
      cycle.people.staff.id,
    ]);
  await em
    .getConnection()
    .execute(`update employee set unit_id = ? where id in (?, ?)`, [
      other.id,
      cycle.people.other.id,
      cycle.people.otherStaff.id,
    ]);
});
afterAll(() => app.close());

describe('recording the capaian kinerja organisasi (SE MenPANRB 3/2023)', () => {
  it('is HR’s: the first recording of a unit and quarter is version 1, in force, with who and the note, audited', async () => {
    const result = await record({ rating: 'BAIK', note: '  Ditetapkan Camat atas capaian rencana aksi triwulan I.  ' });
    expect(result.errors).toBeUndefined();
    const { record: first, previous } = result.data!.recordOrganisationRating;
    expect(first).toMatchObject({
      version: 1,
      rating: 'BAIK',
      note: 'Ditetapkan Camat atas capaian rencana aksi triwulan I.',
      recordedByName: 'u.hr',
      supersededAt: null,
      inForce: true,
      unit: { code: 'kel_uji' },
      subPeriod: { kind: 'QUARTER', number: 1 },
    });
    expect(previous).toBeNull();
    const { auditTrail } = await app.ok(
      `query ($id: ID!) { auditTrail(entityId: $id) { action entityType actorName before after note } }`,
      { id: first.id },
      cycle.as.hr,
    );
    expect(auditTrail).toEqual([
      {
        action: 'record',
        entityType: 'OrganisationRating',
        actorName: 'u.hr',
        before: null,
        note: first.note,
        after: { unitId: kelurahan.id, subPeriodId: q(1), rating: 'BAIK', version: 1, note: first.note },
      },
    ]);
  });

  it('keeps every recording: a new one supersedes the one in force, the latest is in force, the history lists all', async () => {
    const second = (await record({ rating: 'ISTIMEWA', expectedVersion: 1 })).data!.recordOrganisationRating;
    expect(second.record).toMatchObject({ version: 2, rating: 'ISTIMEWA', note: null, inForce: true });
    expect(second.previous).toMatchObject({ version: 1, inForce: false });
    const { organisationRating } = await app.ok(IN_FORCE, { unitId: kelurahan.id, subPeriodId: q(1) }, cycle.as.hr);
    expect(organisationRating).toMatchObject({ version: 2, rating: 'ISTIMEWA', inForce: true });
    const { organisationRatingHistory } = await app.ok(
      HISTORY,
      { unitId: kelurahan.id, subPeriodId: q(1) },
      cycle.as.hr,
    );
    expect(organisationRatingHistory).toEqual([
      { version: 2, rating: 'ISTIMEWA', inForce: true, note: null },
      { version: 1, rating: 'BAIK', inForce: false, note: 'Ditetapkan Camat atas capaian rencana aksi triwulan I.' },
    ]);
    // Per sub-period: the year has its own capaian, none yet.
    expect(
      (await app.ok(IN_FORCE, { unitId: kelurahan.id, subPeriodId: cycle.annual.id }, cycle.as.hr)).organisationRating,
    ).toBeNull();
    expect(
      (await app.ok(HISTORY, { unitId: kelurahan.id, subPeriodId: cycle.annual.id }, cycle.as.hr))
        .organisationRatingHistory,
    ).toEqual([]);
  });

  it('answers CONFLICT to a recording made against an older version, and writes nothing', async () => {
    const stale = await record({ rating: 'KURANG', expectedVersion: 1 });
    expect(errorOf(stale)).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(stale.errors![0]!.message).toContain('yang berlaku sekarang versi 2 (Istimewa, dicatat oleh u.hr)');
    const none = await record({ rating: 'KURANG', subPeriodId: q(2), expectedVersion: 3 });
    expect(errorOf(none)).toMatchObject({ code: 'CONFLICT', currentVersion: 0 });
    expect(
      (await app.ok(HISTORY, { unitId: kelurahan.id, subPeriodId: q(1) }, cycle.as.hr)).organisationRatingHistory,
    ).toHaveLength(2);
  });

  it('keeps one recording in force when HR records the same unit and quarter at the same moment', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        record({ rating: i % 2 ? 'BAIK' : 'KURANG', subPeriodId: q(3), expectedVersion: 0 }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorOf(r)?.code === 'CONFLICT')).toHaveLength(5);
    const [row] = await app
      .em()
      .getConnection()
      .execute<{ count: number }[]>(
        `select count(*)::int as count from organisation_rating where sub_period_id = ? and superseded_at is null`,
        [q(3)],
      );
    expect(row?.count).toBe(1);
  });

  it('bounds the note with a message saying what to fix; a blank note is no note', async () => {
    const long = await record({ rating: 'BAIK', subPeriodId: q(4), note: 'x'.repeat(2001) });
    expect(errorOf(long)).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'note', code: 'TOO_LONG', message: 'Catatan paling banyak 2000 karakter (sekarang 2001).' }],
    });
    const bad = await record({ rating: 'BAIK', subPeriodId: q(4), expectedVersion: -1 });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'expectedVersion' }] });
    const blank = await record({ rating: 'BAIK', subPeriodId: q(4), note: '   ' });
    expect(blank.data!.recordOrganisationRating.record.note).toBeNull();
  });

  it('answers NOT_FOUND for an unknown unit or sub-period, and refuses everyone but HR', async () => {
    expect(errorOf(await record({ rating: 'BAIK', unitId: cycle.people.staff.id }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await record({ rating: 'BAIK', subPeriodId: kelurahan.id }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await record({ rating: 'BAIK', unitId: 'bukan-id' }))?.code).toBe('NOT_FOUND');
    for (const headers of [
      await app.signInAs('ADMIN'),
      await app.signInAs('ANALYST'),
      cycle.as.supervisor,
      cycle.as.staff,
    ]) {
      expect(errorOf(await record({ rating: 'BAIK' }, headers))?.code).toBe('FORBIDDEN');
    }
    expect(errorOf(await record({ rating: 'BAIK' }, {}))?.code).toBe('UNAUTHENTICATED');
  });

  it('cannot be changed or deleted afterwards, even in SQL', async () => {
    const sql = app.em().getConnection();
    await expect(
      sql.execute(`update organisation_rating set rating = 'SANGAT_KURANG' where version = 1 and sub_period_id = ?`, [
        q(1),
      ]),
    ).rejects.toThrow(/cannot change/);
    await expect(
      sql.execute(`update organisation_rating set superseded_at = null where version = 1 and sub_period_id = ?`, [
        q(1),
      ]),
    ).rejects.toThrow(/cannot change/);
    await expect(sql.execute(`delete from organisation_rating where sub_period_id = ?`, [q(1)])).rejects.toThrow(
      /is kept/,
    );
  });
});

describe('reading the capaian kinerja organisasi', () => {
  it('lists recordings with filters (period, sub-period, in force), the latest first', async () => {
    const all = (await app.ok(LIST, { filter: { periodId: [cycle.period.id] } }, cycle.as.hr)).organisationRatings;
    expect(all.totalCount).toBe(4);
    const inForce = (await app.ok(LIST, { filter: { unitId: [kelurahan.id], inForce: true } }, cycle.as.hr))
      .organisationRatings;
    expect(inForce.nodes.map((n: { subPeriod: { number: number } }) => n.subPeriod.number).sort()).toEqual([1, 3, 4]);
    const quarter1 = (await app.ok(LIST, { filter: { subPeriodId: [q(1)] } }, cycle.as.hr)).organisationRatings;
    expect(quarter1.nodes.map((n: { version: number }) => n.version)).toEqual([2, 1]);
    expect(
      (await app.ok(LIST, { filter: { subPeriod: { kind: ['ANNUAL'] } } }, cycle.as.hr)).organisationRatings.totalCount,
    ).toBe(0);
  });

  it('is read by HR, admins and analysts for every unit; a supervisor reads the units they work in, another unit reads as nothing recorded', async () => {
    await app.ok(RECORD, { input: { unitId: other.id, subPeriodId: q(1), rating: 'KURANG' } }, cycle.as.hr);
    for (const headers of [cycle.as.hr, await app.signInAs('ADMIN'), await app.signInAs('ANALYST')]) {
      expect((await app.ok(IN_FORCE, { unitId: other.id, subPeriodId: q(1) }, headers)).organisationRating.rating).toBe(
        'KURANG',
      );
    }
    // The supervisor works in Kelurahan Uji.
    expect(
      (await app.ok(IN_FORCE, { unitId: kelurahan.id, subPeriodId: q(1) }, cycle.as.supervisor)).organisationRating
        .rating,
    ).toBe('ISTIMEWA');
    expect(
      (await app.ok(IN_FORCE, { unitId: other.id, subPeriodId: q(1) }, cycle.as.supervisor)).organisationRating,
    ).toBeNull();
    expect(
      (await app.ok(HISTORY, { unitId: other.id, subPeriodId: q(1) }, cycle.as.supervisor)).organisationRatingHistory,
    ).toEqual([]);
    const theirs = (await app.ok(LIST, {}, cycle.as.supervisor)).organisationRatings;
    expect(new Set(theirs.nodes.map((n: { unit: { code: string } }) => n.unit.code))).toEqual(new Set(['kel_uji']));
    // `other` works in Kelurahan Lain: theirs only.
    const others = (await app.ok(LIST, {}, cycle.as.other)).organisationRatings;
    expect(others.nodes.map((n: { unit: { code: string } }) => n.unit.code)).toEqual(['kel_lain']);
    // An employee without a reading role is refused.
    expect(errorOf(await app.gql(IN_FORCE, { unitId: kelurahan.id, subPeriodId: q(1) }, cycle.as.staff))?.code).toBe(
      'FORBIDDEN',
    );
  });
});
