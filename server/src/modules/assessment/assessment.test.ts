import * as rules from '@kinerja/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeCycle, type Cycle } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { AssessmentAnswer } from './assessment-answer.entity.js';
import { Assessment } from './assessment.entity.js';
import { formIdSql, loadForm } from './assessment-form.store.js';

let app: TestApp;
let cycle: Cycle;
beforeAll(async () => {
  app = await startTestApp();
  cycle = await arrangeCycle(app, rules.exampleDefinition());
});
afterAll(() => app.close());

const FIELDS = `id status lockVersion predikat workResultsRating behaviourRating suggestedWorkResultsRating ratingReason reopenedCount
  workResultsScore behaviourScore answers { indicatorKey value } score { workResults { score rating } completeness { complete } }`;
const mutate = (name: string, type: string, input: Record<string, unknown>, headers?: Record<string, string>) =>
  app.gql(`mutation ($input: ${type}!) { ${name}(input: $input) { assessment { ${FIELDS} } } }`, { input }, headers);
const entries = (answers: rules.AnswerSet) =>
  Object.entries(answers).map(([indicatorKey, value]) => ({ indicatorKey, value }));

/** The example's answers, with the template targets replaced by the plan's targets. */
function fullAnswers(): rules.AnswerSet {
  const answers = rules.exampleAnswers();
  for (const target of cycle.targets) {
    const lineage = target.templateLineageKey!;
    answers[rules.planTargetKey(target)] = answers[lineage]!;
    delete answers[lineage];
  }
  return answers;
}

let assessmentId: string;

describe('recording realisation during the period', () => {
  it('lets the employee record a target’s realisation with evidence, and refuses others', async () => {
    const target = cycle.targets[0]!;
    const record = (headers: Record<string, string>, evidenceUrl = 'https://drive.example.go.id/nilai-q1') =>
      app.gql(
        `mutation ($input: RecordRealisationInput!) { recordRealisation(input: $input) { realisation { value evidenceUrl } } }`,
        { input: { targetId: target.id, subPeriodId: cycle.quarters[0]!.id, value: 90, evidenceUrl } },
        headers,
      );
    expect((await record(cycle.as.staff)).data?.recordRealisation.realisation).toEqual({
      value: 90,
      evidenceUrl: 'https://drive.example.go.id/nilai-q1',
    });
    expect((await record(cycle.as.hr)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Out of their read scope the target looks missing: NOT_FOUND, with no hint that it exists.
    expect((await record(cycle.as.otherStaff)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await record({})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await record(cycle.as.staff, 'ftp://x')).errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'evidenceUrl', code: 'URL_INVALID' }),
    ]);
  });
});

describe('the assessment of a quarter', () => {
  it('is started by the employee’s supervisor only, from the pinned version and the approved plan', async () => {
    const input = { employeeId: cycle.people.staff.id, subPeriodId: cycle.quarters[0]!.id };
    for (const who of ['staff'] as const) {
      expect(
        (await mutate('startAssessment', 'StartAssessmentInput', input, cycle.as[who])).errors?.[0]?.extensions?.code,
        who,
      ).toBe('FORBIDDEN');
    }
    // Out of their read scope the employee looks missing: NOT_FOUND, with no hint that they exist.
    for (const who of ['other', 'head'] as const) {
      expect(
        (await mutate('startAssessment', 'StartAssessmentInput', input, cycle.as[who])).errors?.[0]?.extensions?.code,
        who,
      ).toBe('NOT_FOUND');
    }
    const started = await mutate('startAssessment', 'StartAssessmentInput', input, cycle.as.supervisor);
    const assessment = started.data!.startAssessment.assessment;
    assessmentId = assessment.id;
    expect(assessment.status).toBe('DRAFT');
    // The realisation recorded by the employee is already in the form.
    expect(assessment.answers).toEqual([
      { indicatorKey: rules.planTargetKey(cycle.targets[0]!), value: { realisation: 90 } },
    ]);
    const again = await mutate('startAssessment', 'StartAssessmentInput', input, cycle.as.supervisor);
    expect(again.data!.startAssessment.assessment.id).toBe(assessmentId);

    const form = await app.ok(
      `{ assessment(id: "${assessmentId}") { sections { key indicators { key lineageKey } } templateVersion { number } } }`,
      {},
      cycle.as.supervisor,
    );
    const work = form.assessment.sections.find((s: { key: string }) => s.key === 'hasil_kerja');
    expect(work.indicators.map((i: { lineageKey: string }) => i.lineageKey)).toEqual([
      'ketuntasan_belajar',
      'perangkat_pembelajaran',
      'keterlambatan_nilai',
      'tugas_tambahan',
      'pengembangan_kompetensi',
      'jam_pelatihan',
      'bukti_dukung',
    ]);
  });

  it('cannot start without an approved plan', async () => {
    const result = await mutate(
      'startAssessment',
      'StartAssessmentInput',
      { employeeId: cycle.people.staff2.id, subPeriodId: cycle.quarters[0]!.id },
      cycle.as.supervisor,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    expect(result.errors?.[0]?.message).toMatch(/^SKP Guru Dua untuk 2026 belum disetujui/);
  });

  it('saves partial drafts, refuses wrong values and stale versions without losing anything', async () => {
    const partial = { ...Object.fromEntries(Object.entries(fullAnswers()).slice(0, 4)) };
    const saved = await mutate(
      'saveAssessmentDraft',
      'SaveAssessmentDraftInput',
      { assessmentId, expectedLockVersion: 1, answers: entries(partial) },
      cycle.as.supervisor,
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveAssessmentDraft.assessment.lockVersion).toBe(2);

    const wrong = await mutate(
      'saveAssessmentDraft',
      'SaveAssessmentDraftInput',
      { assessmentId, expectedLockVersion: 2, answers: entries({ ...partial, tugas_tambahan: 'ya' }) },
      cycle.as.supervisor,
    );
    expect(wrong.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ code: 'ANSWER_WRONG_TYPE', indicatorKey: 'tugas_tambahan' }),
    ]);

    const stale = await mutate(
      'saveAssessmentDraft',
      'SaveAssessmentDraftInput',
      { assessmentId, expectedLockVersion: 1, answers: entries(fullAnswers()) },
      cycle.as.supervisor,
    );
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentLockVersion: 2 });

    const byEmployee = await mutate(
      'saveAssessmentDraft',
      'SaveAssessmentDraftInput',
      { assessmentId, answers: entries(fullAnswers()) },
      cycle.as.staff,
    );
    expect(byEmployee.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const stored = await app.em().findOneOrFail(Assessment, { id: assessmentId });
    expect(stored.lockVersion).toBe(2);
    expect(stored.answers).toEqual(partial);
  });

  it('refuses to submit an incomplete form, naming what is missing', async () => {
    const result = await mutate('submitAssessment', 'SubmitAssessmentInput', { assessmentId }, cycle.as.supervisor);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = result.errors?.[0]?.extensions?.problems as { code: string; indicatorKey: string }[];
    expect(problems.map((p) => p.code)).toContain('ANSWER_REQUIRED');
    expect(problems.map((p) => p.indicatorKey)).toContain('kekuatan');
  });

  it('needs a reason to depart from the suggested rating, then stores ratings, scores and predikat and locks', async () => {
    const answers = entries(fullAnswers());
    const local = rules.scoreAnswers(
      await loadForm(app.em(), (await app.em().findOneOrFail(Assessment, { id: assessmentId })).form.id),
      fullAnswers(),
    );
    expect(local.workResults.rating).toBe('MEETS');
    const noReason = await mutate(
      'submitAssessment',
      'SubmitAssessmentInput',
      { assessmentId, answers, workResultsRating: 'ABOVE' },
      cycle.as.supervisor,
    );
    expect(noReason.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'ratingReason', code: 'RATING_REASON_REQUIRED' }),
    ]);

    const submitted = await mutate(
      'submitAssessment',
      'SubmitAssessmentInput',
      { assessmentId, answers, workResultsRating: 'ABOVE', ratingReason: 'Menjadi narasumber tingkat provinsi.' },
      cycle.as.supervisor,
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitAssessment.assessment).toMatchObject({
      status: 'SUBMITTED',
      suggestedWorkResultsRating: 'MEETS',
      workResultsRating: 'ABOVE',
      behaviourRating: local.behaviour.rating,
      predikat: rules.predikatOf('ABOVE', local.behaviour.rating!),
      workResultsScore: local.workResults.score,
      behaviourScore: local.behaviour.score,
    });
    const rows = await app.em().find(AssessmentAnswer, { assessment: assessmentId });
    expect(rows.find((row) => row.lineageKey === 'ketuntasan_belajar')).toMatchObject({
      score: 105.88,
      achievement: 105.88,
    });
    expect(rows.some((row) => row.indicatorKey === 'jam_pelatihan')).toBe(true);
  });

  it('is locked after submission: no draft, no new realisation for that quarter', async () => {
    const save = await mutate(
      'saveAssessmentDraft',
      'SaveAssessmentDraftInput',
      { assessmentId, answers: [] },
      cycle.as.supervisor,
    );
    expect(save.errors?.[0]?.extensions).toMatchObject({ code: 'INVALID_STATE', status: 'SUBMITTED' });
    const realisation = await app.gql(
      `mutation ($input: RecordRealisationInput!) { recordRealisation(input: $input) { realisation { id } } }`,
      { input: { targetId: cycle.targets[0]!.id, subPeriodId: cycle.quarters[0]!.id, value: 1 } },
      cycle.as.staff,
    );
    expect(realisation.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('is reopened only by the assessor’s supervisor or HR, with a reason, and can be submitted again', async () => {
    const reopen = (headers: Record<string, string>, reason = 'Salah input realisasi.') =>
      mutate('reopenAssessment', 'ReopenAssessmentInput', { assessmentId, reason }, headers);
    expect((await reopen(cycle.as.supervisor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await reopen(cycle.as.staff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await reopen(cycle.as.head, '  ')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const reopened = await reopen(cycle.as.head);
    expect(reopened.data!.reopenAssessment.assessment).toMatchObject({
      status: 'DRAFT',
      predikat: null,
      reopenedCount: 1,
    });
    expect(await app.em().count(AssessmentAnswer, { assessment: assessmentId })).toBe(0);
    const again = await mutate('submitAssessment', 'SubmitAssessmentInput', { assessmentId }, cycle.as.supervisor);
    expect(again.data!.submitAssessment.assessment).toMatchObject({
      status: 'SUBMITTED',
      workResultsRating: 'MEETS',
      ratingReason: null,
    });
    expect((await reopen(cycle.as.hr)).data!.reopenAssessment.assessment.reopenedCount).toBe(2);
    expect(
      (await mutate('submitAssessment', 'SubmitAssessmentInput', { assessmentId }, cycle.as.supervisor)).errors,
    ).toBeUndefined();
  });

  it('keeps the employee’s self-assessment apart from the supervisor’s answers', async () => {
    const mine = { ...fullAnswers(), kompeten: 'ABOVE', akuntabel: 'ABOVE' };
    const self = (headers: Record<string, string>, submit: boolean, answers: rules.AnswerSet = mine) =>
      app.gql(
        `mutation ($input: SaveSelfAssessmentInput!) { saveSelfAssessment(input: $input) { assessment { selfAnswers { indicatorKey value } selfScore { behaviour { score } } answers { indicatorKey value } } } }`,
        { input: { assessmentId, answers: entries(answers), submit } },
        headers,
      );
    expect((await self(cycle.as.supervisor, false)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await self(cycle.as.staff, true, { kekuatan: 'x' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const result = (await self(cycle.as.staff, true)).data!.saveSelfAssessment.assessment;
    expect(result.selfAnswers).toContainEqual({ indicatorKey: 'kompeten', value: 'ABOVE' });
    expect(result.answers).toContainEqual({ indicatorKey: 'akuntabel', value: 'MEETS' });
    expect((await self(cycle.as.staff, true)).errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('left an audit record for every step', async () => {
    const trail = await app.ok(`{ auditTrail(entityId: "${assessmentId}") { action note } }`, {}, cycle.as.hr);
    expect(trail.auditTrail.map((r: { action: string }) => r.action)).toEqual([
      'start',
      'saveDraft',
      'submit',
      'reopen',
      'submit',
      'reopen',
      'submit',
      'submitSelf',
    ]);
    expect(trail.auditTrail[2].note).toBe('Menjadi narasumber tingkat provinsi.');
    // The trail is for those who read across the organisation, not for the assessor or the employee.
    expect(
      (await app.gql(`{ auditTrail(entityId: "${assessmentId}") { action } }`)).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect(
      (await app.gql(`{ auditTrail(entityId: "${assessmentId}") { action } }`, {}, cycle.as.supervisor)).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
  });
});

describe('database guarantees', () => {
  it('refuses a predikat that does not follow from the two ratings, for all nine cells', async () => {
    const sql = app.em().getConnection();
    for (const work of rules.RATINGS) {
      for (const behaviour of rules.RATINGS) {
        const expected = rules.predikatOf(work, behaviour);
        for (const predikat of rules.PREDIKATS) {
          const attempt = sql.execute(
            `update assessment set work_results_rating = ?, behaviour_rating = ?, suggested_work_results_rating = ?, suggested_behaviour_rating = ?, predikat = ? where id = ?`,
            [work, behaviour, work, behaviour, predikat, assessmentId],
          );
          if (predikat === expected) await expect(attempt).resolves.toBeDefined();
          else await expect(attempt).rejects.toThrow(/assessment_predikat_follows_ratings/);
        }
      }
    }
  });

  it('allows one assessment per employee and sub-period', async () => {
    const sql = app.em().getConnection();
    await expect(
      sql.execute(
        `insert into assessment (id, employee_id, sub_period_id, period_id, template_version_id, work_plan_id, assessor_id, form_id, answers, created_at, updated_at)
                   select gen_random_uuid(), employee_id, sub_period_id, period_id, template_version_id, work_plan_id, assessor_id, form_id, answers, now(), now() from assessment where id = ?`,
        [assessmentId],
      ),
    ).rejects.toThrow(/assessment_one_per_sub_period/);
  });

  it('lists assessments with their people in a constant number of statements', async () => {
    const query = `{ assessments(first: 50) { totalCount edges { node { employee { name } assessor { name } subPeriod { name } templateVersion { number } } } } }`;
    const one = await app.countStatements(() => app.ok(query, {}, cycle.as.hr));
    await mutate(
      'startAssessment',
      'StartAssessmentInput',
      { employeeId: cycle.people.staff.id, subPeriodId: cycle.quarters[1]!.id },
      cycle.as.supervisor,
    );
    await mutate(
      'startAssessment',
      'StartAssessmentInput',
      { employeeId: cycle.people.staff.id, subPeriodId: cycle.annual.id },
      cycle.as.supervisor,
    );
    const three = await app.countStatements(() => app.ok(query, {}, cycle.as.hr));
    expect((await app.ok(query, {}, cycle.as.hr)).assessments.totalCount).toBe(3);
    expect(three).toBe(one);
  });

  it('stores one form per template version, plan revision and targets (the quarters share one, the year has its own), and refuses every change to it', async () => {
    const sql = app.em().getConnection();
    const rows = await sql.execute<
      { id: string; form_id: string; template_version_id: string; work_plan_id: string; kind: string }[]
    >(
      `select a.id, a.form_id, a.template_version_id, a.work_plan_id, s.kind from assessment a join sub_period s on s.id = a.sub_period_id where a.employee_id = ? order by a.created_at`,
      [cycle.people.staff.id],
    );
    expect(rows.map((r) => r.kind)).toEqual(['QUARTER', 'QUARTER', 'ANNUAL']);
    expect(new Set(rows.map((r) => `${r.template_version_id}:${r.work_plan_id}`)).size).toBe(1);
    // The example's targets split evenly (12 documents: 3 a quarter), so both quarters have the same form; the
    // annual form scores against the annual targets (PermenPANRB 6/2022), so it is another one.
    expect(rows[0]!.form_id).toBe(rows[1]!.form_id);
    expect(rows[2]!.form_id).not.toBe(rows[0]!.form_id);
    const formId = rows[0]!.form_id;
    expect(
      await sql.execute(`select count(*)::int as n from assessment_form where id in (?, ?)`, [
        formId,
        rows[2]!.form_id,
      ]),
    ).toEqual([{ n: 2 }]);
    // The API serves each its form; the indicators are the same, only the targets differ.
    const sections = await Promise.all(
      rows.map(
        async (r) =>
          (
            await app.ok(
              `{ assessment(id: "${r.id}") { sections { key indicators { key } } } }`,
              {},
              cycle.as.supervisor,
            )
          ).assessment.sections,
      ),
    );
    expect(sections[1]).toEqual(sections[0]);
    expect(sections[2]).toEqual(sections[0]);
    expect(sections[0]).toEqual(
      (await loadForm(app.em(), formId)).sections.map((s) => ({
        key: s.key,
        indicators: s.indicators.map((i) => ({ key: i.key })),
      })),
    );

    // The stored form cannot be changed or removed while used, by any route.
    await expect(
      sql.execute(
        `update assessment_form set definition = jsonb_set(definition, '{sections,0,key}', '"x"') where id = ?`,
        [formId],
      ),
    ).rejects.toThrow(/frozen/);
    await expect(sql.execute(`update assessment_form set created_at = now() where id = ?`, [formId])).rejects.toThrow(
      /frozen/,
    );
    await expect(sql.execute(`delete from assessment_form where id = ?`, [formId])).rejects.toThrow(
      /assessment_form_id_foreign/,
    );
    // A form is stored only under the id of its content.
    await expect(
      sql.execute(
        `insert into assessment_form (id, definition, created_at) select gen_random_uuid(), definition, now() from assessment_form where id = ?`,
        [formId],
      ),
    ).rejects.toThrow(/does not match its content/);
    // An assessment cannot be pointed to another form, even a well-formed one.
    const [changed] = await sql.execute<{ id: string }[]>(
      `insert into assessment_form (id, definition, created_at) select ${formIdSql('x.d')}, x.d, now()
       from (select jsonb_set(definition, '{sections,0,key}', '"changed"') as d from assessment_form where id = ?) as x returning id`,
      [formId],
    );
    await expect(
      sql.execute(`update assessment set form_id = ? where id = ?`, [changed!.id, rows[0]!.id]),
    ).rejects.toThrow(/frozen/);
    await sql.execute(`delete from assessment_form where id = ?`, [changed!.id]);
    expect(
      (
        await sql.execute<{ form_id: string }[]>(
          `select form_id from assessment where employee_id = ? order by created_at`,
          [cycle.people.staff.id],
        )
      ).map((r) => r.form_id),
    ).toEqual(rows.map((r) => r.form_id));
  });
});
