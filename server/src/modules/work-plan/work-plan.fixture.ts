import { exampleDefinition, parseNip, type TemplateDefinition } from '@kinerja/shared';
import type { TestApp } from '../../../test/harness.js';
import { JobFamily } from '../job-family/job-family.entity.js';
import { Employee } from '../organisation/employee.entity.js';
import { EmploymentType, Sex, UnitKind } from '../organisation/organisation.enums.js';
import { Unit } from '../organisation/unit.entity.js';
import { PeriodTemplate } from '../period/period-template.entity.js';
import { Period } from '../period/period.entity.js';
import { PeriodState } from '../period/period.enums.js';
import { Template } from '../template/template.entity.js';
import { TemplateVersion, TemplateVersionStatus } from '../template/template-version.entity.js';

// Test-only: a small organisation arranged directly with the entity manager, for the work-plan tests.

export const PEOPLE = ['head', 'supervisor', 'staff', 'staff2', 'other', 'otherStaff'] as const;
export type Person = (typeof PEOPLE)[number];

export interface PlanOrg {
  family: JobFamily;
  /** Published first, pinned in the open period. */
  v1: TemplateVersion;
  /** Published later, with other targets: what a period still planning prefills from. */
  v2: TemplateVersion;
  open: Period;
  planning: Period;
  closed: Period;
  /** head → supervisor → staff, staff2; head → other → otherStaff. */
  people: Record<Person, Employee>;
  /** Session headers of each person and of an HR officer. */
  as: Record<Person | 'hr', Record<string, string>>;
}

/** A valid NIP: birth 1985-03-12, appointed 2010-01, sex digit, sequence `n`. */
export function planNip(n: number, sex: 1 | 2 = 1): string {
  const nip = `19850312201001${sex}${String(n).padStart(3, '0')}`;
  if (!parseNip(nip).ok) throw new Error(`fixture NIP ${nip} is invalid`);
  return nip;
}

/** The example teacher template with its first work-results target renamed: a second version. */
export function secondDefinition(): TemplateDefinition {
  const definition = exampleDefinition();
  const work = definition.sections.find((s) => s.kind === 'workResults')!;
  const target = work.indicators.find((i) => i.kind === 'target')!;
  target.label = { id: 'Ketuntasan belajar (versi 2)', en: 'Learning mastery (version 2)' };
  return definition;
}

export async function arrangePlanOrg(
  app: TestApp,
  options: { unitCode: string; familyCode: string; firstNip: number; year: number },
): Promise<PlanOrg> {
  const em = app.em();
  const family = em.create(JobFamily, { code: options.familyCode, name: 'Guru', nameEn: 'Teacher' });
  const template = em.create(Template, { family, name: 'Penilaian Kinerja Guru' });
  const v1 = em.create(TemplateVersion, {
    template,
    number: 1,
    status: TemplateVersionStatus.PUBLISHED,
    publishedAt: new Date(Date.now() - 60_000),
    definition: exampleDefinition(),
  });
  const v2 = em.create(TemplateVersion, {
    template,
    number: 2,
    status: TemplateVersionStatus.PUBLISHED,
    publishedAt: new Date(),
    definition: secondDefinition(),
  });
  const unit = em.create(Unit, {
    code: options.unitCode,
    name: `SD Negeri ${options.unitCode}`,
    kind: UnitKind.SEKOLAH,
  });
  let n = options.firstNip;
  const person = (name: string, supervisor: Employee | null) => {
    const parsed = parseNip(planNip(++n));
    if (!parsed.ok) throw new Error('bad nip');
    return em.create(Employee, {
      nip: parsed.nip,
      birthDate: parsed.birthDate,
      sex: parsed.sex === 'MALE' ? Sex.MALE : Sex.FEMALE,
      name,
      position: 'Guru',
      grade: 'III/a',
      employmentType: EmploymentType.PNS,
      unit,
      family,
      supervisor,
    });
  };
  const head = person('Kepala Dinas', null);
  const supervisor = person('Kepala Sekolah', head);
  const staff = person('Guru Satu', supervisor);
  const staff2 = person('Guru Dua', supervisor);
  const other = person('Kepala Sekolah Lain', head);
  const otherStaff = person('Guru Lain', other);
  const open = em.create(Period, { year: options.year, state: PeriodState.OPEN, openedAt: new Date() });
  const planning = em.create(Period, { year: options.year + 1, state: PeriodState.PLANNING });
  const closed = em.create(Period, {
    year: options.year - 1,
    state: PeriodState.CLOSED,
    openedAt: new Date(),
    closedAt: new Date(),
  });
  em.create(PeriodTemplate, { period: open, family, templateVersion: v1 });
  await em.flush();

  const people = { head, supervisor, staff, staff2, other, otherStaff };
  const as = {} as PlanOrg['as'];
  for (const key of PEOPLE) {
    const username = `${options.unitCode}.${key.toLowerCase()}`;
    await app.createUser({ username, employeeId: people[key].id, name: people[key].name });
    as[key] = await app.login(username);
  }
  await app.createUser({ username: `${options.unitCode}.hr`, roles: ['HR'] });
  as.hr = await app.login(`${options.unitCode}.hr`);
  return { family, v1, v2, open, planning, closed, people, as };
}

export const PLAN_FIELDS = `id revision status lockVersion decisionComment submittedAt decidedAt
  approver { id } previous { id } employee { id name } period { id year }
  results { id lineageId kind title position parentResult { id } targets { id lineageId label aspect target unit direction templateLineageKey } }
  behaviourExpectations { valueCode expectation }`;

const INPUT_TYPES = {
  createWorkPlan: 'CreateWorkPlanInput',
  saveWorkPlan: 'SaveWorkPlanInput',
  submitWorkPlan: 'SubmitWorkPlanInput',
  approveWorkPlan: 'ApproveWorkPlanInput',
  returnWorkPlan: 'ReturnWorkPlanInput',
  reviseWorkPlan: 'ReviseWorkPlanInput',
  setBehaviourExpectations: 'SetBehaviourExpectationsInput',
} as const;
export type PlanMutation = keyof typeof INPUT_TYPES;

/** A plan as the tests read it over GraphQL. */
export interface PlanView {
  id: string;
  revision: number;
  status: string;
  lockVersion: number;
  decisionComment: string | null;
  approver: { id: string } | null;
  previous: { id: string } | null;
  results: {
    id: string;
    lineageId: string;
    kind: string;
    title: string;
    parentResult: { id: string } | null;
    targets: {
      id: string;
      lineageId: string;
      label: string;
      aspect: string;
      target: number;
      unit: string;
      direction: string;
      templateLineageKey: string | null;
    }[];
  }[];
  behaviourExpectations: { valueCode: string; expectation: string }[];
}

export interface GqlError {
  message: string;
  extensions?: Record<string, any>;
}

/** Runs the plan mutations over HTTP as a given person; `reader` (session headers) reads plans back. */
export function planApi(app: TestApp, reader: Record<string, string>) {
  const mutate = async (name: PlanMutation, input: Record<string, unknown>, headers?: Record<string, string>) => {
    const result = await app.gql(
      `mutation ($input: ${INPUT_TYPES[name]}!) { ${name}(input: $input) { plan { ${PLAN_FIELDS} } } }`,
      { input },
      headers,
    );
    return {
      plan: result.data?.[name]?.plan as PlanView | undefined,
      error: result.errors?.[0] as GqlError | undefined,
    };
  };
  return {
    mutate,
    async ok(name: PlanMutation, input: Record<string, unknown>, headers?: Record<string, string>): Promise<PlanView> {
      const { plan, error } = await mutate(name, input, headers);
      if (error || !plan) throw new Error(`${name} failed: ${JSON.stringify(error, null, 2)}`);
      return plan;
    },
    async read(id: string): Promise<PlanView> {
      return (await app.ok(`query ($id: ID!) { workPlan(id: $id) { ${PLAN_FIELDS} } }`, { id }, reader)).workPlan;
    },
  };
}

/** The content of a plan as `saveWorkPlan` input, ids kept. */
export function contentInput(plan: PlanView) {
  return plan.results.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    parentResultId: r.parentResult?.id ?? null,
    targets: r.targets.map(({ lineageId: _lineage, ...t }) => t),
  }));
}
