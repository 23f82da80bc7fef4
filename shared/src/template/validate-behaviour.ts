import { nameOf, text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';
import { BERAKHLAK_VALUES, isBerakhlakCode } from '../behaviour/berakhlak.js';
import type { TemplateDefinition } from './definition.js';
import { isScoredIndicator } from './scored.js';

/**
 * The behaviour section is the seven BerAKHLAK values (PermenPANRB 6/2022: perilaku kerja is judged on the core
 * values of the ASN, SE MenPANRB 20/2021), each an 'expectation' indicator whose lineageKey is the value's code
 * (keys may differ, lineage keys may not: analytics follow them), each exactly once — and nothing else scored in
 * it: an attendance yes/no or an eighth value would weigh in the behaviour rating, so they belong in another
 * section. Unscored indicators (a note, evidence) may stay.
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
        problem(
          'BERAKHLAK_MISSING',
          text(
            `Nilai BerAKHLAK '${value.label.id}' tidak ada di bagian '${sectionName}'; tambahkan indikator ekspektasi dengan lineageKey '${value.code}'.`,
            `BerAKHLAK value '${value.label.id}' is missing from section '${sectionName}'; add an expectation indicator with lineageKey '${value.code}'.`,
          ),
          `sections.${index}.indicators`,
          { sectionKey: section.key },
        ),
      );
    } else if (indicator.kind !== 'expectation') {
      problems.push(
        problem(
          'BERAKHLAK_WRONG_KIND',
          text(
            `Nilai BerAKHLAK '${value.label.id}' harus dinilai dengan Di Bawah / Sesuai / Di Atas Ekspektasi (jenis expectation), bukan '${indicator.kind}'.`,
            `BerAKHLAK value '${value.label.id}' must be rated below / meets / above expectations (kind expectation), not '${indicator.kind}'.`,
          ),
          `sections.${index}.indicators.${position}.kind`,
          { sectionKey: section.key, indicatorKey: indicator.key },
        ),
      );
    }
  }
  section.indicators.forEach((indicator, position) => {
    const at = `sections.${index}.indicators.${position}`;
    const label = nameOf(indicator.label, indicator.key);
    if (isBerakhlakCode(indicator.lineageKey)) {
      const first = section.indicators.findIndex((other) => other.lineageKey === indicator.lineageKey);
      if (first !== position) {
        problems.push(
          problem(
            'BERAKHLAK_DUPLICATE',
            text(
              `Nilai BerAKHLAK '${label}' muncul lebih dari sekali di bagian '${sectionName}'; setiap nilai dinilai tepat satu kali.`,
              `BerAKHLAK value '${label}' appears more than once in section '${sectionName}'; each value is rated exactly once.`,
            ),
            at,
            { sectionKey: section.key, indicatorKey: indicator.key },
          ),
        );
      }
    } else if (isScoredIndicator(indicator)) {
      problems.push(
        problem(
          'BEHAVIOUR_EXTRA_SCORED',
          text(
            `'${label}' bukan nilai BerAKHLAK: bagian perilaku kerja hanya menilai ketujuh nilai BerAKHLAK. Pindahkan indikator ini ke bagian lain (mis. hasil kerja atau bagian tambahan).`,
            `'${label}' is not a BerAKHLAK value: the behaviour section rates only the seven BerAKHLAK values. Move this indicator to another section (e.g. work results or an additional section).`,
          ),
          at,
          { sectionKey: section.key, indicatorKey: indicator.key },
        ),
      );
    }
  });
  return problems;
}
