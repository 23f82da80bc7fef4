import * as rules from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { indicatorInput, sectionInput } from '../../../test/template-inputs.js';
import { AuditRecord } from '../audit/audit-record.entity.js';
import { TemplateVersion } from './template-version.entity.js';

// The template story over GraphQL alone: family → template with every indicator kind → publish
// refused → publish → score → version 2 → diff — and version 1 can never change again.

let app: TestApp;
/** The designer: HR designs templates. */
let hr: Record<string, string>;
beforeAll(async () => {
  app = await startTestApp();
  hr = await app.signInAs('HR');
});
afterAll(() => app.close());

const VERSION = `id number status revision problems { code indicatorKey sectionKey message path }`;
const EDITS = {
  updateTemplateSection: 'UpdateTemplateSectionInput',
  addTemplateSection: 'AddTemplateSectionInput',
  addTemplateIndicator: 'AddTemplateIndicatorInput',
  updateTemplateIndicator: 'UpdateTemplateIndicatorInput',
  removeTemplateIndicator: 'RemoveTemplateIndicatorInput',
  moveTemplateIndicator: 'MoveTemplateIndicatorInput',
  removeTemplateSection: 'RemoveTemplateSectionInput',
  moveTemplateSection: 'MoveTemplateSectionInput',
  setTemplateRatingThresholds: 'SetTemplateRatingThresholdsInput',
  publishTemplateVersion: 'PublishTemplateVersionInput',
} as const;
type Edit = keyof typeof EDITS;

function edit(name: Edit, input: Record<string, unknown>, headers: Record<string, string> = hr) {
  return app.gql(
    `mutation ($input: ${EDITS[name]}!) { ${name}(input: $input) { version { ${VERSION} } } }`,
    { input },
    headers,
  );
}
async function editOk(name: Edit, input: Record<string, unknown>) {
  const result = await edit(name, input);
  if (result.errors) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.data![name].version;
}
async function storedDefinition(versionId: string): Promise<rules.TemplateDefinition> {
  return (await app.em().findOneOrFail(TemplateVersion, { id: versionId })).definition;
}

let familyId: string;
let templateId: string;
let v1: string;
let v2: string;

describe('a designer builds, publishes and versions a template over GraphQL', () => {
  it('creates a job family and a template whose draft starts with Hasil Kerja and BerAKHLAK', async () => {
    const family = await app.ok(
      `mutation { createJobFamily(input: { code: "bidan", name: "Bidan", nameEn: "Midwife" }) { family { id code } } }`,
      {},
      hr,
    );
    familyId = family.createJobFamily.family.id;
    const created = await app.ok(
      `mutation ($input: CreateTemplateInput!) { createTemplate(input: $input) { template { id draft { ${VERSION} sections { key kind } } } } }`,
      { input: { familyId, name: 'Penilaian Kinerja Bidan' } },
      hr,
    );
    const draft = created.createTemplate.template.draft;
    templateId = created.createTemplate.template.id;
    v1 = draft.id;
    expect(draft.sections).toEqual([
      { key: 'hasil_kerja', kind: 'WORK_RESULTS' },
      { key: 'perilaku_kerja', kind: 'BEHAVIOUR' },
    ]);
    expect(draft.problems.map((p: { code: string }) => p.code)).toContain('SECTION_EMPTY');
  });

  it('adds sections and indicators of every kind until the draft equals the example definition', async () => {
    const example = rules.exampleDefinition();
    const [work, observation, behaviour, feedback] = example.sections;
    expect(behaviour!.key).toBe(rules.BERAKHLAK_SECTION_KEY);
    await editOk('updateTemplateSection', { versionId: v1, sectionKey: 'hasil_kerja', section: sectionInput(work!) });
    await editOk('addTemplateSection', { versionId: v1, section: sectionInput(observation!), position: 1 });
    await editOk('addTemplateSection', { versionId: v1, section: sectionInput(feedback!) });
    for (const section of [work!, observation!, feedback!]) {
      for (const indicator of section.indicators) {
        await editOk('addTemplateIndicator', {
          versionId: v1,
          sectionKey: section.key,
          indicator: indicatorInput(indicator),
        });
      }
    }
    expect(await storedDefinition(v1)).toEqual(example);
    const kinds = new Set(rules.listIndicators(await storedDefinition(v1)).map((p) => p.indicator.kind));
    expect([...kinds].sort()).toEqual([...rules.INDICATOR_KINDS].sort());
  });

  it('refuses to publish a broken draft, naming every problem and where it is', async () => {
    await editOk('updateTemplateIndicator', {
      versionId: v1,
      indicatorKey: 'ketuntasan_belajar',
      indicator: { ...indicatorInput(rules.exampleDefinition().sections[0]!.indicators[0]!), weight: 30 },
    });
    const before = await app.em().findOneOrFail(TemplateVersion, { id: v1 });
    const result = await edit('publishTemplateVersion', { versionId: v1 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('Versi 1 belum dapat diterbitkan: 1 masalah perlu diperbaiki.');
    expect(result.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({
        code: 'WEIGHTS_NOT_100',
        sectionKey: 'hasil_kerja',
        message: expect.stringContaining('90'),
      }),
    ]);
    const after = await app.em().findOneOrFail(TemplateVersion, { id: v1 });
    expect(after.status).toBe('DRAFT');
    expect(after.revision).toBe(before.revision);
  });

  it('refuses at once an edit that makes the draft wrong (not merely incomplete), and stores nothing', async () => {
    const before = await storedDefinition(v1);
    const oneLevel = await edit('addTemplateIndicator', {
      versionId: v1,
      sectionKey: 'observasi_kelas',
      indicator: {
        key: 'skala_rusak',
        kind: 'SCALE',
        label: { id: 'Skala' },
        levels: [{ value: 'a', label: { id: 'A' }, score: 1 }],
      },
    });
    expect(oneLevel.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(oneLevel.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ code: 'SCALE_MALFORMED', indicatorKey: 'skala_rusak' }),
    ]);

    const wrongField = await edit('addTemplateIndicator', {
      versionId: v1,
      sectionKey: 'hasil_kerja',
      indicator: { key: 'x', kind: 'YES_NO', label: { id: 'X' }, unit: 'dokumen' },
    });
    expect(wrongField.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'indicator.unit', code: 'FIELD_NOT_FOR_KIND' }),
    ]);

    const duplicate = await edit('addTemplateIndicator', {
      versionId: v1,
      sectionKey: 'hasil_kerja',
      indicator: { key: 'kekuatan', kind: 'TEXT', label: { id: 'Lagi' } },
    });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'DUPLICATE_KEY' });

    const unknown = await edit('removeTemplateIndicator', { versionId: v1, indicatorKey: 'tidak_ada' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await storedDefinition(v1)).toEqual(before);
  });

  it('is edited by HR only: anonymous callers must sign in, other roles are refused, and nothing changes', async () => {
    const before = await app.em().findOneOrFail(TemplateVersion, { id: v1 });
    const input = {
      versionId: v1,
      sectionKey: 'hasil_kerja',
      indicator: { key: 'tanpa_hr', kind: 'TEXT', label: { id: 'Tanpa HR' } },
    };
    expect((await edit('addTemplateIndicator', input, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await edit('addTemplateIndicator', input, await app.signInAs('ADMIN'))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await edit('addTemplateIndicator', input, await app.signInAs())).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const after = await app.em().findOneOrFail(TemplateVersion, { id: v1 });
    expect(after.revision).toBe(before.revision);
    expect(after.definition).toEqual(before.definition);
  });

  it('refuses a stale revision with CONFLICT and loses nothing', async () => {
    const current = (await app.em().findOneOrFail(TemplateVersion, { id: v1 })).revision;
    const result = await edit('updateTemplateIndicator', {
      versionId: v1,
      expectedRevision: current - 1,
      indicatorKey: 'ketuntasan_belajar',
      indicator: indicatorInput(rules.exampleDefinition().sections[0]!.indicators[0]!),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: current });
    expect((await app.em().findOneOrFail(TemplateVersion, { id: v1 })).revision).toBe(current);
  });

  it('publishes once fixed, and scores answers exactly as @kinerja/shared does', async () => {
    const revision = (await app.em().findOneOrFail(TemplateVersion, { id: v1 })).revision;
    await editOk('updateTemplateIndicator', {
      versionId: v1,
      expectedRevision: revision,
      indicatorKey: 'ketuntasan_belajar',
      indicator: indicatorInput(rules.exampleDefinition().sections[0]!.indicators[0]!),
    });
    const published = await editOk('publishTemplateVersion', { versionId: v1 });
    expect(published).toMatchObject({ status: 'PUBLISHED', problems: [] });

    const answers = rules.exampleAnswers();
    const scored = await app.ok(
      `query ($id: ID!, $answers: [AnswerInput!]!) { scoreAnswers(versionId: $id, answers: $answers) {
        indicators { key score achievement visible } sections { key score }
        workResults { score rating } behaviour { score rating } predikat completeness { complete percent } problems { code }
      } }`,
      { id: v1, answers: Object.entries(answers).map(([indicatorKey, value]) => ({ indicatorKey, value })) },
      hr,
    );
    const local = rules.scoreAnswers(await storedDefinition(v1), answers);
    expect(scored.scoreAnswers.workResults).toEqual(local.workResults);
    expect(scored.scoreAnswers.behaviour).toEqual(local.behaviour);
    expect(scored.scoreAnswers.predikat).toBe(local.predikat);
    expect(scored.scoreAnswers.sections).toEqual(local.sections.map(({ key, score }) => ({ key, score })));
    expect(scored.scoreAnswers.indicators).toEqual(
      local.indicators.map(({ key, score, achievement, visible }) => ({ key, score, achievement, visible })),
    );
    expect(scored.scoreAnswers).toMatchObject({
      workResults: { score: 89.64, rating: 'MEETS' },
      predikat: 'BAIK',
      completeness: { complete: true },
      problems: [],
    });
  });

  it('lists answer problems from the same validation the server runs before storing', async () => {
    const result = await app.ok(
      `query ($id: ID!, $answers: [AnswerInput!]!) { scoreAnswers(versionId: $id, answers: $answers) { problems { code indicatorKey } } }`,
      {
        id: v1,
        answers: [
          { indicatorKey: 'ketuntasan_belajar', value: 'banyak' },
          { indicatorKey: 'jam_pelatihan', value: 3 },
        ],
      },
      hr,
    );
    const codes = result.scoreAnswers.problems.map(
      (p: { code: string; indicatorKey: string }) => `${p.code}:${p.indicatorKey}`,
    );
    expect(codes).toContain('ANSWER_WRONG_TYPE:ketuntasan_belajar');
    expect(codes).toContain('ANSWER_HIDDEN:jam_pelatihan');
    expect(codes).toContain('ANSWER_REQUIRED:kekuatan');
  });

  it('starts version 2 from version 1, keeps lineage, and diffs the two', async () => {
    const draft = await app.ok(
      `mutation { createTemplateDraft(input: { templateId: "${templateId}" }) { version { id number status } } }`,
      {},
      hr,
    );
    v2 = draft.createTemplateDraft.version.id;
    expect(draft.createTemplateDraft.version).toMatchObject({ number: 2, status: 'DRAFT' });
    expect(await storedDefinition(v2)).toEqual(await storedDefinition(v1));

    const again = await app.gql(
      `mutation { createTemplateDraft(input: { templateId: "${templateId}" }) { version { id } } }`,
      {},
      hr,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const renamed = {
      ...indicatorInput(rules.exampleDefinition().sections[0]!.indicators[1]!),
      key: 'rpp_disusun',
      weight: 10,
    };
    await editOk('updateTemplateIndicator', {
      versionId: v2,
      indicatorKey: 'perangkat_pembelajaran',
      indicator: renamed,
    });
    await editOk('removeTemplateIndicator', { versionId: v2, indicatorKey: 'mengelola_kelas' });
    await editOk('addTemplateIndicator', {
      versionId: v2,
      sectionKey: 'hasil_kerja',
      indicator: {
        key: 'kehadiran',
        kind: 'TARGET',
        label: { id: 'Kehadiran' },
        required: true,
        weight: 10,
        aspect: 'QUANTITY',
        target: 95,
        unit: '%',
        direction: 'HIGHER_IS_BETTER',
      },
    });
    await editOk('publishTemplateVersion', { versionId: v2 });
    const stored = await storedDefinition(v2);
    expect(rules.indexIndicators(stored).get('rpp_disusun')?.indicator.lineageKey).toBe('perangkat_pembelajaran');

    const diff = await app.ok(
      `{ templateVersionDiff(fromId: "${v1}", toId: "${v2}") {
        identical indicators { added { key } removed { key } changed { key fromKey lineageKey changes { field before after } } }
      } }`,
      {},
      hr,
    );
    const d = diff.templateVersionDiff;
    expect(d.identical).toBe(false);
    expect(d.indicators.added).toEqual([{ key: 'kehadiran' }]);
    expect(d.indicators.removed).toEqual([{ key: 'mengelola_kelas' }]);
    expect(d.indicators.changed).toEqual([
      {
        key: 'rpp_disusun',
        fromKey: 'perangkat_pembelajaran',
        lineageKey: 'perangkat_pembelajaran',
        changes: [
          { field: 'key', before: 'perangkat_pembelajaran', after: 'rpp_disusun' },
          { field: 'weight', before: 20, after: 10 },
        ],
      },
    ]);
  });

  it('never changes version 1 again, through any mutation', async () => {
    const frozen = await app.em().findOneOrFail(TemplateVersion, { id: v1 });
    const anIndicator = indicatorInput(rules.exampleDefinition().sections[0]!.indicators[0]!);
    const attempts: [Edit, Record<string, unknown>][] = [
      [
        'updateTemplateSection',
        { sectionKey: 'hasil_kerja', section: sectionInput(rules.exampleDefinition().sections[0]!) },
      ],
      ['addTemplateSection', { section: { key: 'baru', kind: 'FEEDBACK', title: { id: 'Baru' } } }],
      ['removeTemplateSection', { sectionKey: 'umpan_balik' }],
      ['moveTemplateSection', { sectionKey: 'umpan_balik', position: 0 }],
      [
        'addTemplateIndicator',
        { sectionKey: 'umpan_balik', indicator: { key: 'baru', kind: 'TEXT', label: { id: 'Baru' } } },
      ],
      ['updateTemplateIndicator', { indicatorKey: 'ketuntasan_belajar', indicator: { ...anIndicator, weight: 1 } }],
      ['removeTemplateIndicator', { indicatorKey: 'kekuatan' }],
      ['moveTemplateIndicator', { indicatorKey: 'kekuatan', sectionKey: 'umpan_balik', position: 1 }],
      [
        'setTemplateRatingThresholds',
        { ratingThresholds: { workResults: { meets: 1, above: 2 }, behaviour: { meets: 1, above: 2 } } },
      ],
      ['publishTemplateVersion', {}],
    ];
    for (const [name, input] of attempts) {
      const result = await edit(name, { versionId: v1, ...input });
      expect(result.errors?.[0]?.extensions, name).toMatchObject({ code: 'INVALID_STATE', status: 'PUBLISHED' });
      expect(result.errors?.[0]?.message).toBe(
        'Versi 1 sudah diterbitkan dan tidak dapat diubah lagi. Buat draf baru untuk perubahan.',
      );
    }
    const after = await app.em().findOneOrFail(TemplateVersion, { id: v1 });
    expect(after.definition).toEqual(frozen.definition);
    expect(after.revision).toBe(frozen.revision);
    expect(after.publishedAt).toEqual(frozen.publishedAt);
  });

  it('retires version 1 once, and never a draft', async () => {
    const retire = (id: string) =>
      app.gql(
        `mutation { retireTemplateVersion(input: { versionId: "${id}" }) { version { status retiredAt } } }`,
        {},
        hr,
      );
    expect((await retire(v1)).data?.retireTemplateVersion.version.status).toBe('RETIRED');
    expect((await retire(v1)).errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    const draft = await app.ok(
      `mutation { createTemplateDraft(input: { templateId: "${templateId}" }) { version { id } } }`,
      {},
      hr,
    );
    expect((await retire(draft.createTemplateDraft.version.id)).errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    const template = await app.ok(
      `{ template(id: "${templateId}") { latestPublished { number } draft { number } versions { number status } } }`,
      {},
      hr,
    );
    expect(template.template).toEqual({
      latestPublished: { number: 2 },
      draft: { number: 3 },
      versions: [
        { number: 3, status: 'DRAFT' },
        { number: 2, status: 'PUBLISHED' },
        { number: 1, status: 'RETIRED' },
      ],
    });
  });

  it('left an audit record for every change, in the same transactions', async () => {
    const trail = await app.ok(`{ auditTrail(entityId: "${v1}", limit: 500) { action before after } }`, {}, hr);
    const actions = trail.auditTrail.map((r: { action: string }) => r.action);
    expect(actions[0]).toBe('createDraft');
    expect(actions).toContain('addIndicator');
    expect(actions.filter((a: string) => a === 'publish')).toHaveLength(1);
    expect(actions.at(-1)).toBe('retire');
    // Refused changes left no record: one record per successful edit.
    const edits = actions.filter((a: string) => !['createDraft', 'publish', 'retire'].includes(a));
    const revision = (await app.em().findOneOrFail(TemplateVersion, { id: v1 })).revision;
    expect(edits).toHaveLength(revision - 1);
    expect(await app.em().count(AuditRecord, { entityType: 'JobFamily', entityId: familyId })).toBe(1);
  });
});
