import { aggregationOf, parseNip, planFromTemplate, splitTarget, type TemplateDefinition } from '@kinerja/shared';
import { randomUUID } from 'node:crypto';
import { JobFamily } from '../src/modules/job-family/job-family.entity.js';
import { Employee } from '../src/modules/organisation/employee.entity.js';
import { EmploymentType, Sex, UnitKind } from '../src/modules/organisation/organisation.enums.js';
import { Unit } from '../src/modules/organisation/unit.entity.js';
import { PeriodTemplate } from '../src/modules/period/period-template.entity.js';
import { Period } from '../src/modules/period/period.entity.js';
import { PeriodState, SubPeriodKind } from '../src/modules/period/period.enums.js';
import { SubPeriod } from '../src/modules/period/sub-period.entity.js';
import { Template } from '../src/modules/template/template.entity.js';
import { TemplateVersion, TemplateVersionStatus } from '../src/modules/template/template-version.entity.js';
import { WorkPlan } from '../src/modules/work-plan/work-plan.entity.js';
import { WorkPlanStatus, WorkResultKind } from '../src/modules/work-plan/work-plan.enums.js';
import { WorkResult } from '../src/modules/work-plan/work-result.entity.js';
import { WorkTarget } from '../src/modules/work-plan/work-target.entity.js';
import type { TestApp } from './harness.js';

/** A valid NIP for the n-th fixture person (distinct sequence numbers). */
export function fixtureNip(n: number): string {
  const nip = `19800101200501${n % 2 ? 1 : 2}${String(n).padStart(3, '0')}`;
  if (!parseNip(nip).ok) throw new Error(`fixture NIP ${nip} is invalid`);
  return nip;
}

export interface Cycle {
  family: JobFamily;
  version: TemplateVersion;
  period: Period;
  quarters: SubPeriod[];
  annual: SubPeriod;
  /** head → supervisor → staff, staff2; `other` is a supervisor of another team with `otherStaff`. */
  people: Record<'head' | 'supervisor' | 'staff' | 'staff2' | 'other' | 'otherStaff', Employee>;
  /** Session headers of each person and of HR. */
  as: Record<'head' | 'supervisor' | 'staff' | 'staff2' | 'other' | 'otherStaff' | 'hr', Record<string, string>>;
  /** The approved plan of `staff`, with one target per template target. */
  plan: WorkPlan;
  targets: WorkTarget[];
}

/**
 * An open period with a published template pinned for one family, a small organisation with users,
 * and an approved work plan for `staff` — arranged directly, so a test can start at the assessment.
 */
export async function arrangeCycle(app: TestApp, definition: TemplateDefinition): Promise<Cycle> {
  const em = app.em();
  const family = em.create(JobFamily, { code: 'guru', name: 'Guru', nameEn: 'Teacher' });
  const template = em.create(Template, { family, name: 'Penilaian Kinerja Guru' });
  const version = em.create(TemplateVersion, {
    template,
    number: 1,
    status: TemplateVersionStatus.PUBLISHED,
    publishedAt: new Date(),
    definition,
  });
  const unit = em.create(Unit, { code: 'sdn12', name: 'SD Negeri 12 Pangkalpinang', kind: UnitKind.SEKOLAH });
  let n = 0;
  const person = (name: string, supervisor: Employee | null) => {
    const nip = fixtureNip(++n);
    const parsed = parseNip(nip);
    if (!parsed.ok) throw new Error('bad nip');
    return em.create(Employee, {
      nip,
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
  const period = em.create(Period, { year: 2026, state: PeriodState.OPEN, openedAt: new Date() });
  const quarters = [1, 2, 3, 4].map((q) =>
    em.create(SubPeriod, {
      period,
      kind: SubPeriodKind.QUARTER,
      number: q,
      name: `Triwulan ${q} 2026`,
      nameEn: `Quarter ${q} 2026`,
      startDate: `2026-${String(q * 3 - 2).padStart(2, '0')}-01`,
      endDate: `2026-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? 31 : 30}`,
    }),
  );
  const annual = em.create(SubPeriod, {
    period,
    kind: SubPeriodKind.ANNUAL,
    number: 1,
    name: 'Tahunan 2026',
    nameEn: 'Annual 2026',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
  });
  em.create(PeriodTemplate, { period, family, templateVersion: version });

  const plan = em.create(WorkPlan, {
    employee: staff,
    period,
    status: WorkPlanStatus.APPROVED,
    approver: supervisor,
    submittedAt: new Date(),
    decidedAt: new Date(),
  });
  const targets: WorkTarget[] = [];
  planFromTemplate(definition, randomUUID).forEach((result, r) => {
    const row = em.create(WorkResult, { plan, position: r, kind: WorkResultKind.MAIN, title: result.title });
    result.targets.forEach((target, t) => {
      const aggregation = aggregationOf(target);
      targets.push(
        em.create(WorkTarget, {
          result: row,
          position: t,
          label: target.label,
          aspect: target.aspect as never,
          target: target.target,
          unit: target.unit,
          direction: target.direction as never,
          templateLineageKey: target.templateLineageKey ?? null,
          aggregation: aggregation as never,
          periodicTargets: splitTarget(target.target, aggregation, 4),
        }),
      );
    });
  });
  await em.flush();

  const people = { head, supervisor, staff, staff2, other, otherStaff };
  const as = {} as Cycle['as'];
  for (const [key, employee] of Object.entries(people)) {
    await app.createUser({ username: `u.${key.toLowerCase()}`, employeeId: employee.id, name: employee.name });
    as[key as keyof typeof people] = await app.login(`u.${key.toLowerCase()}`);
  }
  await app.createUser({ username: 'u.hr', roles: ['HR'] });
  as.hr = await app.login('u.hr');
  return { family, version, period, quarters, annual: annual, people, as, plan, targets };
}
