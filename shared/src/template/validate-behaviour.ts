import { nameOf, text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import { BERAKHLAK_VALUES } from '../behaviour/berakhlak.js';
import type { TemplateDefinition } from './definition.js';

/**
 * The behaviour section holds the seven BerAKHLAK values, each an 'expectation' indicator whose
 * lineageKey is the value's code (keys may differ, lineage keys may not: analytics follow them).
 * A missing behaviour section is reported by validateSections (BEHAVIOUR_MISSING).
 */
export function validateBehaviour(def: TemplateDefinition): Problem[] {
  const index = def.sections.findIndex((section) => section.kind === 'behaviour');
  const section = def.sections[index];
  if (!section || !Array.isArray(section.indicators)) return [];
  const problems: Problem[] = [];
  const sectionName = nameOf(section.title, section.key);
  for (const value of BERAKHLAK_VALUES) {
    const position = section.indicators.findIndex((indicator) => indicator.lineageKey === value.code);
    const indicator = section.indicators[position];
    if (!indicator) {
      problems.push(
        problem('BERAKHLAK_MISSING', text(`Nilai BerAKHLAK '${value.label.id}' tidak ada di bagian '${sectionName}'; tambahkan indikator ekspektasi dengan lineageKey '${value.code}'.`, `BerAKHLAK value '${value.label.id}' is missing from section '${sectionName}'; add an expectation indicator with lineageKey '${value.code}'.`), `sections.${index}.indicators`, { sectionKey: section.key }),
      );
    } else if (indicator.kind !== 'expectation') {
      problems.push(
        problem('BERAKHLAK_WRONG_KIND', text(`Nilai BerAKHLAK '${value.label.id}' harus dinilai dengan Di Bawah / Sesuai / Di Atas Ekspektasi (jenis expectation), bukan '${indicator.kind}'.`, `BerAKHLAK value '${value.label.id}' must be rated below / meets / above expectations (kind expectation), not '${indicator.kind}'.`), `sections.${index}.indicators.${position}.kind`, { sectionKey: section.key, indicatorKey: indicator.key }),
      );
    }
  }
  return problems;
}
