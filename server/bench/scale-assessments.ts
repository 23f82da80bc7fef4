import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { formIdSql } from '../src/modules/assessment/assessment-form.store.js';
import { insertRows } from './bulk.js';
import { progress } from './scale-db.js';
import { placeholder, type FamilyShape } from './scale-forms.js';

export interface PlanRef {
  id: string;
  periodId: string;
  employeeId: string;
  supervisorId: string;
  family: string;
  targets: string;
}
interface Item {
  id: string;
  plan: PlanRef;
  subPeriodId: string;
  templateVersionId: string;
  variant: number | null;
  submittedAt: Date | null;
  createdAt: Date;
}

const BATCH = 500;
const WORKERS = 2;

/** The family forms and scored answer variants in temporary tables, and `fill`, which puts a plan's target ids in. */
async function prepare(client: pg.Client, shapes: Map<string, FamilyShape>): Promise<void> {
  await client.query(`set synchronous_commit = off`);
  await client.query(`set default_toast_compression = 'lz4'`).catch(() => {});
  await client.query(`
    create temporary table bench_form ("family" text primary key, "form" text not null);
    create temporary table bench_variant ("id" int primary key, "answers" text, "wrs" float8, "bs" float8, "wr" text, "br" text, "predikat" text);
    create temporary table bench_variant_answer ("variant" int, "slot" int, "key" text, "lineage_key" text, "section_key" text, "kind" text, "value" jsonb, "score" float8, "achievement" float8);
    create index on bench_variant_answer ("variant");
    create function pg_temp.fill("body" text, "targets" text) returns text language plpgsql immutable as $$
    declare ids text[] := string_to_array("targets", ',');
    begin
      for i in 1 .. coalesce(array_length(ids, 1), 0) loop "body" := replace("body", '${placeholder(0).replace('0', `' || i || '`)}', ids[i]); end loop;
      return "body";
    end $$;`);
  const shapeList = [...shapes.values()];
  await insertRows(
    client,
    'bench_form',
    [
      ['family', 'text'],
      ['form', 'text'],
    ],
    shapeList.map((s) => [s.family, s.form]),
  );
  const variants = shapeList.flatMap((s) => s.variants);
  await insertRows(
    client,
    'bench_variant',
    [
      ['id', 'int'],
      ['answers', 'text'],
      ['wrs', 'float8'],
      ['bs', 'float8'],
      ['wr', 'text'],
      ['br', 'text'],
      ['predikat', 'text'],
    ],
    variants.map((v) => [
      v.id,
      v.answers,
      v.workResultsScore,
      v.behaviourScore,
      v.workResultsRating,
      v.behaviourRating,
      v.predikat,
    ]),
  );
  await insertRows(
    client,
    'bench_variant_answer',
    [
      ['variant', 'int'],
      ['slot', 'int'],
      ['key', 'text'],
      ['lineage_key', 'text'],
      ['section_key', 'text'],
      ['kind', 'text'],
      ['value', 'jsonb'],
      ['score', 'float8'],
      ['achievement', 'float8'],
    ],
    variants.flatMap((v) =>
      v.rows.map((r) => [v.id, r.slot, r.key, r.lineageKey, r.sectionKey, r.kind, r.value, r.score, r.achievement]),
    ),
  );
}

/**
 * The forms of a batch's plans, each stored once (`assessment_form`, id from the content, as `storeForm`
 * does): returns the form id of every plan. A plan's quarters may fall in two batches of the two
 * connections; `on conflict do nothing` keeps one.
 */
const FORM_SQL = `
  with "p" as (
    select distinct on (t.plan_id) t.plan_id, pg_temp.fill(f.form, t.targets)::jsonb as "d", t.created_at
    from unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[]) as t(plan_id, family, targets, created_at)
    join bench_form f on f.family = t.family order by t.plan_id, t.created_at),
  "h" as (select "plan_id", ${formIdSql('"d"')} as "id", "d", "created_at" from "p"),
  "stored" as (insert into "assessment_form" ("id", "definition", "created_at")
    select distinct on ("id") "id", "d", "created_at" from "h" order by "id", "created_at" on conflict ("id") do nothing)
  select "plan_id", "id" from "h"`;

const ASSESSMENT_SQL = `
  insert into "assessment" ("id", "employee_id", "sub_period_id", "period_id", "template_version_id", "work_plan_id", "assessor_id", "status", "lock_version",
    "form_id", "answers", "work_results_score", "behaviour_score", "suggested_work_results_rating", "suggested_behaviour_rating",
    "work_results_rating", "behaviour_rating", "predikat", "submitted_at", "created_at", "updated_at")
  select t.id, t.employee_id, t.sub_period_id, t.period_id, t.template_version_id, t.plan_id, t.assessor_id,
    case when v.id is null then 'DRAFT' else 'SUBMITTED' end, case when v.id is null then 1 else 3 end,
    t.form_id, coalesce(pg_temp.fill(v.answers, t.targets)::jsonb, '{}'::jsonb),
    v.wrs, v.bs, v.wr, v.br, v.wr, v.br, v.predikat, t.submitted_at, t.created_at, coalesce(t.submitted_at, t.created_at)
  from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[], $8::text[], $9::text[], $10::int[], $11::timestamptz[], $12::timestamptz[], $13::uuid[])
    as t(id, employee_id, sub_period_id, period_id, template_version_id, plan_id, assessor_id, family, targets, variant, submitted_at, created_at, form_id)
  left join bench_variant v on v.id = t.variant`;

const ANSWER_SQL = `
  insert into "assessment_answer" ("id", "assessment_id", "indicator_key", "lineage_key", "section_key", "kind", "value", "score", "achievement")
  select gen_random_uuid(), t.id, case when x.slot is null then x.key else 'target_' || (string_to_array(t.targets, ','))[x.slot] end,
    x.lineage_key, x.section_key, x.kind, x.value, x.score, x.achievement
  from unnest($1::uuid[], $2::int[], $3::text[]) as t(id, variant, targets)
  join bench_variant_answer x on x.variant = t.variant`;

async function work(
  url: string,
  shapes: Map<string, FamilyShape>,
  items: readonly Item[],
  done: (n: number) => void,
): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let answers = 0;
  try {
    await prepare(client, shapes);
    for (let start = 0; start < items.length; start += BATCH) {
      const batch = items.slice(start, start + BATCH);
      await client.query('begin');
      const forms = await client.query<{ plan_id: string; id: string }>(FORM_SQL, [
        batch.map((i) => i.plan.id),
        batch.map((i) => i.plan.family),
        batch.map((i) => i.plan.targets),
        batch.map((i) => i.createdAt),
      ]);
      const formOf = new Map(forms.rows.map((r) => [r.plan_id, r.id]));
      await client.query(ASSESSMENT_SQL, [
        batch.map((i) => i.id),
        batch.map((i) => i.plan.employeeId),
        batch.map((i) => i.subPeriodId),
        batch.map((i) => i.plan.periodId),
        batch.map((i) => i.templateVersionId),
        batch.map((i) => i.plan.id),
        batch.map((i) => i.plan.supervisorId),
        batch.map((i) => i.plan.family),
        batch.map((i) => i.plan.targets),
        batch.map((i) => i.variant),
        batch.map((i) => i.submittedAt),
        batch.map((i) => i.createdAt),
        batch.map((i) => formOf.get(i.plan.id)!),
      ]);
      const submitted = batch.filter((i) => i.variant !== null);
      const result = await client.query(ANSWER_SQL, [
        submitted.map((i) => i.id),
        submitted.map((i) => i.variant),
        submitted.map((i) => i.plan.targets),
      ]);
      answers += result.rowCount ?? 0;
      await client.query('commit');
      done(batch.length);
    }
  } finally {
    await client.end();
  }
  return answers;
}

/**
 * Four quarterly assessments per plan: SUBMITTED with one of the family's scored answer variants (near the
 * employee's own strength), except the fourth quarter of 2026 for the subordinates of a few supervisors,
 * left as empty DRAFTs for the benchmark's submission scenario. Two connections load in parallel.
 */
export async function loadAssessments(
  url: string,
  options: { plans: readonly PlanRef[]; shapes: Map<string, FamilyShape>; drafts: number; random: () => number },
): Promise<{ submitted: number; drafts: number; answers: number }> {
  const { plans, shapes, random } = options;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const quarters = (
    await client.query<{ id: string; period_id: string; number: number; end_date: Date; year: number }>(
      `select s.id, s.period_id, s.number, s.end_date, p.year from sub_period s join period p on p.id = s.period_id where s.kind = 'QUARTER' order by p.year, s.number`,
    )
  ).rows;
  const pins = new Map(
    (
      await client.query<{ key: string; id: string }>(
        `select pt.period_id || ':' || f.code as key, pt.template_version_id as id from period_template pt join job_family f on f.id = pt.family_id`,
      )
    ).rows.map((r) => [r.key, r.id]),
  );
  await client.end();

  const lastQuarter = quarters[quarters.length - 1]!;
  const draftEmployees = chooseDraftEmployees(
    plans.filter((p) => p.periodId === lastQuarter.period_id),
    options.drafts,
    random,
  );
  const strength = new Map<string, number>();
  const now = Date.now();
  const items: Item[] = [];
  for (const plan of plans) {
    const base = strength.get(plan.employeeId) ?? 0.8 + random() * 0.4;
    strength.set(plan.employeeId, base);
    const variants = shapes.get(plan.family)!.variants;
    for (const quarter of quarters.filter((q) => q.period_id === plan.periodId)) {
      const draft = quarter.id === lastQuarter.id && draftEmployees.has(plan.employeeId);
      const s = Math.min(1.25, Math.max(0.75, base + (random() - 0.5) * 0.16));
      const submittedAt = new Date(
        Math.min(now, new Date(quarter.end_date).getTime() + (3 + random() * 20) * 86400000),
      );
      items.push({
        id: randomUUID(),
        plan,
        subPeriodId: quarter.id,
        templateVersionId: pins.get(`${plan.periodId}:${plan.family}`)!,
        variant: draft ? null : variants[Math.round(((s - 0.75) / 0.5) * (variants.length - 1))]!.id,
        submittedAt: draft ? null : submittedAt,
        createdAt: new Date(submittedAt.getTime() - 86400000),
      });
    }
  }
  const bar = progress('assessments', items.length);
  let loaded = 0;
  const tick = (n: number) => bar.tick((loaded += n));
  const slices = Array.from({ length: WORKERS }, (_, w) =>
    items.filter((_, i) => Math.floor(i / BATCH) % WORKERS === w),
  );
  const answers = (await Promise.all(slices.map((slice) => work(url, shapes, slice, tick)))).reduce((a, b) => a + b, 0);
  bar.end();
  const drafts = items.filter((i) => i.variant === null).length;
  return { submitted: items.length - drafts, drafts, answers };
}

/** Whole teams of supervisors taken in random order until at least `count` employees are chosen. */
function chooseDraftEmployees(plans: readonly PlanRef[], count: number, random: () => number): Set<string> {
  const teams = new Map<string, string[]>();
  for (const plan of plans) teams.set(plan.supervisorId, [...(teams.get(plan.supervisorId) ?? []), plan.employeeId]);
  const order = [...teams.keys()].map((id) => ({ id, key: random() })).sort((a, b) => a.key - b.key);
  const chosen = new Set<string>();
  for (const { id } of order) {
    if (chosen.size >= count) break;
    for (const employee of teams.get(id)!) chosen.add(employee);
  }
  return chosen;
}
