import * as shared from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeCycle, type Cycle } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';

// The distribution guideline of SE MenPANRB 3/2023 as data: shipped by migration with the SE's rows, read by HR,
// analysts, supervisors and admins, adjusted by an administrator for this instansi (audited).

let app: TestApp;
let admin: Record<string, string>;
let hr: Record<string, string>;
let cycle: Cycle;

const READ = `{ distributionGuideline { id organisationRating revision updatedByName matchesRegulation rules { kind predikat percent } } }`;
const SET = `mutation ($input: SetDistributionGuidelineInput!) { setDistributionGuideline(input: $input) { row { id organisationRating revision updatedByName matchesRegulation rules { kind predikat percent } } } }`;
const rowsOf = async (headers: Record<string, string>) =>
  (await app.ok(READ, {}, headers)).distributionGuideline as {
    id: string;
    organisationRating: string;
    revision: number;
    matchesRegulation: boolean;
    rules: unknown[];
  }[];

beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signInAs('ADMIN');
  hr = await app.signInAs('HR');
  cycle = await arrangeCycle(app, shared.exampleDefinition());
});
afterAll(() => app.close());

describe('the distribution guideline as shipped', () => {
  it('says what SE MenPANRB 3/2023 says, row by row', async () => {
    const rows = await rowsOf(hr);
    const bound = (kind: string, predikat: string[], percent: number | null = null) => ({ kind, predikat, percent });
    expect(rows.map((row) => [row.organisationRating, row.rules])).toEqual([
      // Istimewa: "sebagian besar (maksimal 70%)" Sangat Baik; the others any predikat.
      ['ISTIMEWA', [bound('largest', ['SANGAT_BAIK']), bound('atMost', ['SANGAT_BAIK'], 70)]],
      // Baik: "sebagian besar (maksimal 70%)" Baik; "harus ada" Butuh Perbaikan and/or Kurang; the others Sangat Baik and/or Sangat Kurang.
      [
        'BAIK',
        [bound('largest', ['BAIK']), bound('atMost', ['BAIK'], 70), bound('present', ['BUTUH_PERBAIKAN', 'KURANG'])],
      ],
      // Butuh Perbaikan: "minimal 60%" Butuh Perbaikan; Sangat Baik "maksimal 10%"; the others Baik, Kurang, Sangat Kurang.
      ['BUTUH_PERBAIKAN', [bound('atLeast', ['BUTUH_PERBAIKAN'], 60), bound('atMost', ['SANGAT_BAIK'], 10)]],
      // Kurang: "minimal 60%" Kurang; "minimal 10%" Butuh Perbaikan; Sangat Baik "maksimal 10%"; the others Baik, Sangat Kurang.
      [
        'KURANG',
        [
          bound('atLeast', ['KURANG'], 60),
          bound('atLeast', ['BUTUH_PERBAIKAN'], 10),
          bound('atMost', ['SANGAT_BAIK'], 10),
        ],
      ],
      // Sangat Kurang: "minimal 60%" Sangat Kurang; "harus ada minimal 10%" Kurang and/or Butuh Perbaikan; the others Baik; "tidak ada" Sangat Baik.
      [
        'SANGAT_KURANG',
        [
          bound('atLeast', ['SANGAT_KURANG'], 60),
          bound('atLeast', ['KURANG', 'BUTUH_PERBAIKAN'], 10),
          bound('absent', ['SANGAT_BAIK']),
        ],
      ],
    ]);
    expect(rows.every((row) => row.matchesRegulation && row.revision === 1)).toBe(true);
  });

  it('is read by HR, analysts, supervisors and admins alike', async () => {
    const expected = await rowsOf(hr);
    for (const headers of [admin, await app.signInAs('ANALYST'), cycle.as.supervisor])
      expect(await rowsOf(headers)).toEqual(expected);
    // An employee without a reading role is refused.
    expect((await app.gql(READ, {}, cycle.as.staff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('an administrator adjusting the guideline for this instansi', () => {
  it('replaces a row’s bounds, audited, and then the row no longer matches the SE', async () => {
    const before = (await rowsOf(admin)).find((row) => row.organisationRating === 'KURANG')!;
    const rules = [
      { kind: 'atLeast', predikat: ['KURANG'], percent: 50 },
      { kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 5.5 },
    ];
    const { row } = (await app.ok(SET, { input: { organisationRating: 'KURANG', rules, expectedRevision: 1 } }, admin))
      .setDistributionGuideline;
    expect(row).toMatchObject({
      id: before.id,
      revision: 2,
      matchesRegulation: false,
      rules: rules.map((r) => ({ ...r })),
    });
    expect(row.updatedByName).toMatch(/^admin-/);
    const { auditTrail } = await app.ok(
      `query ($id: ID!) { auditTrail(entityId: $id) { action entityType before after } }`,
      { id: before.id },
      hr,
    );
    expect(auditTrail).toEqual([
      {
        action: 'update',
        entityType: 'DistributionGuideline',
        before: {
          organisationRating: 'KURANG',
          revision: 1,
          rules: before.rules.map((r) => Object.fromEntries(Object.entries(r as object).filter(([, v]) => v !== null))),
        },
        after: { organisationRating: 'KURANG', revision: 2, rules },
      },
    ]);
  });

  it('answers CONFLICT to a change of an older revision, and the same bounds change nothing', async () => {
    const stale = await app.gql(
      SET,
      {
        input: {
          organisationRating: 'KURANG',
          rules: [{ kind: 'present', predikat: ['KURANG'] }],
          expectedRevision: 1,
        },
      },
      admin,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 2 });
    const same = [
      { kind: 'atLeast', predikat: ['KURANG'], percent: 50 },
      { kind: 'atMost', predikat: ['SANGAT_BAIK'], percent: 5.5 },
    ];
    expect(
      (await app.ok(SET, { input: { organisationRating: 'KURANG', rules: same } }, admin)).setDistributionGuideline.row
        .revision,
    ).toBe(2);
  });

  it('refuses bounds it cannot mean, pointing at each, and changes nothing', async () => {
    const result = await app.gql(
      SET,
      {
        input: {
          organisationRating: 'BAIK',
          rules: [
            { kind: 'mostly', predikat: ['BAIK'] },
            { kind: 'atMost', predikat: ['BAIK'], percent: 170 },
            { kind: 'largest', predikat: ['BAIK', 'KURANG'] },
            { kind: 'present', predikat: ['BAIK'], percent: 5 },
          ],
        },
      },
      admin,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (result.errors?.[0]?.extensions?.problems as { field: string; code: string }[]).map(
        (p) => `${p.field}:${p.code}`,
      ),
    ).toEqual([
      'rules.0.kind:RULE_KIND',
      'rules.1.percent:RULE_PERCENT',
      'rules.2.predikat:RULE_PREDIKAT',
      'rules.3.percent:RULE_PERCENT',
    ]);
    expect(result.errors?.[0]?.message).toMatch(/^Jenis ketentuan 'mostly' tidak dikenal/);
    const empty = await app.gql(SET, { input: { organisationRating: 'BAIK', rules: [] } }, admin);
    expect(empty.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'rules', code: 'RULES_REQUIRED', message: 'Isi paling sedikit satu ketentuan.' },
    ]);
    expect((await rowsOf(admin)).find((row) => row.organisationRating === 'BAIK')).toMatchObject({
      revision: 1,
      matchesRegulation: true,
    });
  });

  it('is for administrators only', async () => {
    const input = { organisationRating: 'BAIK', rules: [{ kind: 'present', predikat: ['BAIK'] }] };
    for (const headers of [hr, await app.signInAs('ANALYST'), await app.signInAs()]) {
      expect((await app.gql(SET, { input }, headers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await app.gql(SET, { input }, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
