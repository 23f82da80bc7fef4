import { parseNip } from '@kinerja/shared';
import type { InputChecker } from '../../kernel/input-problems.js';
import { EmploymentType, Sex } from './organisation.enums.js';

const PNS_GRADE = /^(I\/[a-d]|II\/[a-d]|III\/[a-d]|IV\/[a-e])$/;
const PPPK_GRADES = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
];

/** Checks a NIP with the shared rules; returns the digits and the fields derived from it, or null. */
export function checkNip(
  check: InputChecker,
  field: string,
  nip: string,
): { nip: string; birthDate: string; sex: Sex } | null {
  const result = parseNip(nip);
  if (!result.ok) {
    for (const problem of result.problems) check.add(field, problem.code, problem.message);
    return null;
  }
  return { nip: result.nip, birthDate: result.birthDate, sex: result.sex === 'MALE' ? Sex.MALE : Sex.FEMALE };
}

/** Normalises and checks a grade (golongan ruang) against the employment type. */
export function checkGrade(check: InputChecker, field: string, grade: string, type: EmploymentType): string {
  const trimmed = grade.trim().replace(/\s+/g, '');
  // Roman numerals upper-case, the ruang letter lower-case: "iii/A" becomes "III/a".
  const normalised = trimmed.includes('/')
    ? `${trimmed.split('/')[0]!.toUpperCase()}/${trimmed.split('/').slice(1).join('/').toLowerCase()}`
    : trimmed.toUpperCase();
  if (type === EmploymentType.PNS && !PNS_GRADE.test(normalised)) {
    check.add(field, 'GRADE_INVALID', {
      id: `Golongan PNS harus berbentuk I/a … IV/e (contoh III/a), bukan "${grade}".`,
      en: `A PNS grade looks like I/a … IV/e (e.g. III/a), not "${grade}".`,
    });
  } else if (type === EmploymentType.PPPK && !PPPK_GRADES.includes(normalised)) {
    check.add(field, 'GRADE_INVALID', {
      id: `Golongan PPPK harus I … XVII (contoh IX), bukan "${grade}".`,
      en: `A PPPK grade is I … XVII (e.g. IX), not "${grade}".`,
    });
  }
  return normalised;
}
