import {
  assessmentForm,
  planFromTemplate,
  predikatOf,
  scoreAnswers,
  type PlanResult,
  type TemplateDefinition,
} from '@kinerja/shared';
import { sampleAnswers } from '../src/seed/sample-answers.js';

/**
 * The shared engine runs once per family and answer variant, never per assessment: every plan of a family
 * has the template's shape, so the form and the answers differ between employees only by the ids of the
 * plan's targets. Placeholders `zzph<n>zz` stand for them and SQL puts the real ids in (see `fill`).
 */
export const placeholder = (slot: number) => `zzph${slot}zz`;

export interface AnswerRow {
  slot: number | null;
  key: string;
  lineageKey: string;
  sectionKey: string;
  kind: string;
  value: string;
  score: number | null;
  achievement: number | null;
}
export interface Variant {
  id: number;
  family: string;
  answers: string;
  workResultsScore: number | null;
  behaviourScore: number | null;
  workResultsRating: string;
  behaviourRating: string;
  predikat: string;
  rows: AnswerRow[];
}
export interface FamilyShape {
  family: string;
  plan: PlanResult[];
  form: string;
  variants: Variant[];
}

/** `strengths` answer sets per family from weak (0.75) to strong (1.25), each scored by the real engine. */
export function familyShape(
  family: string,
  definition: TemplateDefinition,
  strengths: number,
  firstId: number,
  random: () => number,
): FamilyShape {
  let slot = 0;
  const plan = planFromTemplate(definition, () => placeholder(++slot));
  // Number the targets 1..n in plan order (the results took some of the numbers above).
  plan.flatMap((r) => r.targets).forEach((t, i) => (t.id = placeholder(i + 1)));
  const formDefinition = assessmentForm(definition, plan);
  const variants: Variant[] = [];
  for (let i = 0; variants.length < strengths && i < strengths * 4; i++) {
    const answers = sampleAnswers(formDefinition, 0.75 + (0.5 * variants.length) / Math.max(1, strengths - 1), random);
    const score = scoreAnswers(formDefinition, answers);
    const workResults = score.workResults.rating;
    const behaviour = score.behaviour.rating;
    if (!workResults || !behaviour) continue;
    variants.push({
      id: firstId + variants.length,
      family,
      answers: JSON.stringify(answers),
      workResultsScore: score.workResults.score,
      behaviourScore: score.behaviour.score,
      workResultsRating: workResults,
      behaviourRating: behaviour,
      predikat: predikatOf(workResults, behaviour),
      rows: score.indicators
        .filter((x) => x.visible && x.answered)
        .map((x) => ({
          slot: x.key.startsWith('target_zzph') ? Number(/zzph(\d+)zz/.exec(x.key)![1]) : null,
          key: x.key,
          lineageKey: x.lineageKey,
          sectionKey: x.sectionKey,
          kind: x.kind,
          value: JSON.stringify(answers[x.key]),
          score: x.score,
          achievement: x.achievement,
        })),
    });
  }
  return { family, plan, form: JSON.stringify(formDefinition), variants };
}
