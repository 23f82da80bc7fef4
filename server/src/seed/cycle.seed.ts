import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../kernel/service-context.js';
import { saveAssessmentDraft, submitAssessment } from '../modules/assessment/assessment-fill.service.js';
import { loadForm } from '../modules/assessment/assessment-form.store.js';
import { startAssessment } from '../modules/assessment/assessment-start.service.js';
import type { Actor } from '../kernel/actor.js';
import { User } from '../modules/auth/user.entity.js';
import { acknowledgeFeedback, saveAssessmentFeedback } from '../modules/feedback/assessment-feedback.service.js';
import { addFeedback } from '../modules/feedback/feedback-entry.service.js';
import { DevelopmentActionKind } from '../modules/feedback/feedback.enums.js';
import { fileObjection } from '../modules/objection/objection-file.service.js';
import { decideObjection } from '../modules/objection/objection-decide.service.js';
import { ObjectionOutcome } from '../modules/objection/objection.enums.js';
import { Assessment } from '../modules/assessment/assessment.entity.js';
import { Rating } from '../modules/template/definition.enums.js';
import type { Employee } from '../modules/organisation/employee.entity.js';
import type { Period } from '../modules/period/period.entity.js';
import { SubPeriodKind } from '../modules/period/period.enums.js';
import { SubPeriod } from '../modules/period/sub-period.entity.js';
import {
  approveWorkPlan,
  returnWorkPlan,
  reviseWorkPlan,
  submitWorkPlan,
} from '../modules/work-plan/work-plan-transitions.service.js';
import { createWorkPlan } from '../modules/work-plan/work-plan.service.js';
import { randomSource, sampleAnswers, sampleRealisation } from './sample-answers.js';
import { recordRealisation } from '../modules/assessment/realisation.service.js';
import { loadContent } from '../modules/work-plan/work-plan-content.js';
import { WorkPlan } from '../modules/work-plan/work-plan.entity.js';
import { WorkPlanStatus } from '../modules/work-plan/work-plan.enums.js';

/** Where each demo plan stops; every other plan is approved. */
const PLAN_STATES: Readonly<Record<string, 'draft' | 'submitted' | 'returned' | 'revising'>> = {
  bs_2: 'submitted',
  perawat_5: 'submitted',
  tb_1: 'returned',
  tt_1: 'draft',
  akt_1: 'revising',
};
/** Whose third-quarter assessment is left as a half-filled draft, for their supervisor to finish. */
const Q3_DRAFTS = new Set(['bm_1', 'pelum_2', 'guru_3', 'perawat_3']);
const QUARTERS_DONE = 3;

async function actorsOf(em: EntityManager): Promise<Map<string, Actor>> {
  const users = await em.find(User, { employee: { $ne: null } });
  return new Map(
    users.map((user) => [
      user.employee!.id,
      { userId: user.id, name: user.displayName, employeeId: user.employee!.id, roles: ['EMPLOYEE'], sessionId: null },
    ]),
  );
}

/**
 * A living 2026: plans in every state, three quarters assessed (a few left half-filled), final feedback
 * waiting for acknowledgement, development actions, an objection waiting for the camat, and continuous
 * feedback. Everything goes through the real services, acting as the people involved, so every rule and
 * every audit record applies.
 */
export async function seedCycle(
  em: EntityManager,
  employees: ReadonlyMap<string, Employee>,
  period: Period,
): Promise<void> {
  const actors = await actorsOf(em);
  const as = (employee: Employee): ServiceContext => ({ em, locale: 'id', actor: actors.get(employee.id)! });
  const random = randomSource(2026);
  const assessed: { key: string; employee: Employee; supervisor: Employee; strength: number }[] = [];

  for (const [key, employee] of employees) {
    const supervisor = employee.supervisor
      ? [...employees.values()].find((e) => e.id === employee.supervisor!.id)
      : undefined;
    if (!supervisor) continue;
    const state = PLAN_STATES[key];
    let plan = await createWorkPlan(as(employee), { periodId: period.id });
    if (state === 'draft') continue;
    plan = await submitWorkPlan(as(employee), { planId: plan.id, expectedLockVersion: plan.lockVersion });
    if (state === 'submitted') continue;
    if (state === 'returned') {
      await returnWorkPlan(as(supervisor), {
        planId: plan.id,
        expectedLockVersion: plan.lockVersion,
        comment: 'Target jumlah dokumen terlalu rendah dibanding tahun lalu; mohon dinaikkan.',
      });
      continue;
    }
    plan = await approveWorkPlan(as(supervisor), {
      planId: plan.id,
      expectedLockVersion: plan.lockVersion,
      comment: null,
    });
    if (state === 'revising')
      await reviseWorkPlan(as(employee), { planId: plan.id, expectedLockVersion: plan.lockVersion });
    assessed.push({ key, employee, supervisor, strength: 0.8 + random() * 0.4 });
  }

  const quarters = await em.find(SubPeriod, { period, kind: SubPeriodKind.QUARTER }, { orderBy: { number: 'asc' } });
  const submitted = new Map<string, string>();
  for (const { key, employee, supervisor, strength } of assessed) {
    const plan = await em.findOneOrFail(WorkPlan, { employee, period, status: WorkPlanStatus.APPROVED });
    const targets = [...(await loadContent(em, plan)).targets.values()].flat();
    for (const quarter of quarters.slice(0, QUARTERS_DONE)) {
      // The employee records each target's realisation for the quarter against its periodic target (rencana
      // aksi); the assessment is prefilled with it, and over the year the quarters add up.
      for (const target of targets) {
        const periodic = target.periodicTargets.find((p) => p.number === quarter.number)!.target;
        await recordRealisation(as(employee), {
          targetId: target.id,
          subPeriodId: quarter.id,
          value: sampleRealisation(target, periodic, strength, random),
        });
      }
      const assessment = await startAssessment(as(supervisor), { employeeId: employee.id, subPeriodId: quarter.id });
      const answers = {
        ...sampleAnswers(await loadForm(em, assessment.form.id), strength, random),
        ...assessment.answers,
      };
      if (quarter.number === QUARTERS_DONE && Q3_DRAFTS.has(key)) {
        const half = Object.fromEntries(Object.entries(answers).slice(0, Math.ceil(Object.keys(answers).length / 2)));
        await saveAssessmentDraft(as(supervisor), {
          assessmentId: assessment.id,
          expectedLockVersion: assessment.lockVersion,
          answers: half,
        });
        continue;
      }
      await submitAssessment(as(supervisor), {
        assessmentId: assessment.id,
        expectedLockVersion: assessment.lockVersion,
        answers,
      });
      if (quarter.number === QUARTERS_DONE) submitted.set(key, assessment.id);
    }
  }

  const person = (key: string) => employees.get(key)!;
  const feedbackFor = async (key: string, acknowledge: boolean) => {
    const assessmentId = submitted.get(key);
    if (!assessmentId) return;
    const supervisor = assessed.find((a) => a.key === key)!.supervisor;
    await saveAssessmentFeedback(as(supervisor), {
      assessmentId,
      strengths: 'Teliti dan cepat melayani warga; laporan selalu tepat waktu.',
      areasToImprove: 'Dokumentasi bukti dukung perlu lebih lengkap dan tertata.',
      developmentActions: [
        {
          kind: DevelopmentActionKind.TRAINING,
          description: 'Pelatihan pengelolaan arsip digital',
          targetDate: '2027-03-31',
        },
        {
          kind: DevelopmentActionKind.MENTORING,
          description: 'Pendampingan oleh sekretaris kelurahan',
          targetDate: '2027-01-31',
        },
      ],
    });
    if (acknowledge) await acknowledgeFeedback(as(person(key)), { assessmentId });
  };
  await feedbackFor('bs_1', false);
  await feedbackFor('guru_1', true);
  await feedbackFor('perawat_1', false);

  const objected = submitted.get('pem_1');
  if (objected) {
    await fileObjection(as(person('pem_1')), {
      assessmentId: objected,
      reason:
        'Realisasi pengolahan data kependudukan triwulan III belum memperhitungkan 120 berkas yang selesai akhir September.',
    });
  }

  // A decided one (PP 30/2019: the camat, the lurah's own supervisor, decides, finally): Yuliana's rating of her
  // third quarter is raised, so the assessment now shows the decided result and can no longer be reopened.
  const decided = submitted.get('kp_1');
  if (decided) {
    const objection = await fileObjection(as(person('kp_1')), {
      assessmentId: decided,
      reason:
        'Pelayanan surat keterangan di luar jam kerja selama banjir bulan Agustus belum dihitung sebagai realisasi.',
    });
    const assessment = await em.findOneOrFail(Assessment, { id: decided });
    const up = (rating: Rating) => (rating === Rating.BELOW ? Rating.MEETS : Rating.ABOVE);
    const work = assessment.workResultsRating!;
    const behaviour = assessment.behaviourRating!;
    const raised =
      work !== Rating.ABOVE
        ? { workResultsRating: up(work) }
        : behaviour !== Rating.ABOVE
          ? { behaviourRating: up(behaviour) }
          : null;
    const reason =
      'Layanan darurat saat banjir terdokumentasi dalam laporan kelurahan; realisasi triwulan III di atas target.';
    await decideObjection(
      as(person('camat')),
      raised
        ? { objectionId: objection.id, outcome: ObjectionOutcome.CHANGED, ...raised, reason }
        : { objectionId: objection.id, outcome: ObjectionOutcome.UPHELD, reason },
    );
  }

  await addFeedback(as(person('lurah_bs')), {
    employeeId: person('bs_1').id,
    periodId: period.id,
    valueCode: 'berorientasi_pelayanan',
    text: 'Terima kasih sudah tetap melayani warga saat jam istirahat minggu ini.',
  });
  await addFeedback(as(person('bs_1')), {
    employeeId: person('bs_1').id,
    periodId: period.id,
    text: 'Mohon arahan untuk target layanan KTP-el triwulan IV karena blangko terbatas.',
  });
}
