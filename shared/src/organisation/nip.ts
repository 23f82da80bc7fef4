import { daysInMonth, pad } from '../common/calendar.js';
import { text } from '../common/localized-text.js';
import { problem, type Problem } from '../common/problem.js';

/**
 * NIP, the 18-digit civil-servant number: birth date YYYYMMDD (8), appointment (TMT CPNS/PPPK)
 * year-month YYYYMM (6), sex (1: male, 2: female), sequence (3).
 */
export type NipSex = 'MALE' | 'FEMALE';

export type NipResult =
  | { ok: true; nip: string; birthDate: string; appointment: string; sex: NipSex; sequence: number }
  | { ok: false; problems: Problem[] };

/**
 * Minimum age at appointment. ASN applicants must be at least 18 (UU ASN, PP 11/2017). As the
 * NIP only records the appointment month (TMT is the 1st of a month), the check is at month
 * precision: the appointment month may not come before the month of the 18th birthday.
 */
export const MIN_APPOINTMENT_AGE = 18;

/** Earliest plausible birth and appointment year. */
export const NIP_MIN_YEAR = 1900;

export interface ParseNipOptions {
  /** "Now" for the not-in-the-future checks; defaults to the current date (local time). */
  today?: Date;
}

/** Splits and checks a NIP. Spaces are ignored, so "19850412 201001 1 003" is accepted. Reports every problem. */
export function parseNip(nip: string, options: ParseNipOptions = {}): NipResult {
  const digits = String(nip).replace(/\s+/g, '');
  const path = 'nip';
  if (!/^\d+$/.test(digits)) {
    return {
      ok: false,
      problems: [
        problem('NIP_NOT_DIGITS', text('NIP hanya boleh berisi angka.', 'A NIP may contain digits only.'), path),
      ],
    };
  }
  if (digits.length !== 18) {
    return {
      ok: false,
      problems: [
        problem(
          'NIP_LENGTH',
          text(
            `NIP harus terdiri dari 18 angka; yang diisi ${digits.length} angka.`,
            `A NIP has 18 digits; this one has ${digits.length}.`,
          ),
          path,
        ),
      ],
    };
  }
  const part = (start: number, end: number) => Number(digits.slice(start, end));
  const [birthYear, birthMonth, birthDay] = [part(0, 4), part(4, 6), part(6, 8)];
  const [appointmentYear, appointmentMonth] = [part(8, 12), part(12, 14)];
  const sexDigit = digits[14];
  const sequence = part(15, 18);
  const today = options.today ?? new Date();
  const now = { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() };
  const problems: Problem[] = [];
  const add = (code: string, id: string, en: string) => problems.push(problem(code, text(id, en), path));

  const birthValid =
    birthYear >= NIP_MIN_YEAR &&
    birthMonth >= 1 &&
    birthMonth <= 12 &&
    birthDay >= 1 &&
    birthDay <= daysInMonth(birthYear, birthMonth);
  const birthDate = `${pad(birthYear, 4)}-${pad(birthMonth, 2)}-${pad(birthDay, 2)}`;
  const birthInFuture = birthYear * 10000 + birthMonth * 100 + birthDay > now.year * 10000 + now.month * 100 + now.day;
  if (!birthValid) {
    add(
      'NIP_BIRTH_DATE_INVALID',
      `8 angka pertama NIP (${digits.slice(0, 8)}) bukan tanggal lahir yang sah (TTTTBBHH).`,
      `The first 8 digits of the NIP (${digits.slice(0, 8)}) are not a valid birth date (YYYYMMDD).`,
    );
  } else if (birthInFuture) {
    add(
      'NIP_BIRTH_DATE_IN_FUTURE',
      `Tanggal lahir pada NIP (${birthDate}) ada di masa depan.`,
      `The birth date in the NIP (${birthDate}) lies in the future.`,
    );
  }

  const appointment = `${pad(appointmentYear, 4)}-${pad(appointmentMonth, 2)}`;
  if (appointmentYear < NIP_MIN_YEAR || appointmentMonth < 1 || appointmentMonth > 12) {
    add(
      'NIP_APPOINTMENT_INVALID',
      `Angka ke-9 s.d. ke-14 NIP (${digits.slice(8, 14)}) bukan tahun-bulan pengangkatan yang sah (TTTTBB).`,
      `Digits 9 to 14 of the NIP (${digits.slice(8, 14)}) are not a valid appointment year-month (YYYYMM).`,
    );
  } else if (appointmentYear * 12 + appointmentMonth > now.year * 12 + now.month) {
    add(
      'NIP_APPOINTMENT_IN_FUTURE',
      `Tahun-bulan pengangkatan pada NIP (${appointment}) ada di masa depan.`,
      `The appointment year-month in the NIP (${appointment}) lies in the future.`,
    );
  } else if (
    birthValid &&
    !birthInFuture &&
    appointmentYear * 12 + appointmentMonth < (birthYear + MIN_APPOINTMENT_AGE) * 12 + birthMonth
  ) {
    add(
      'NIP_APPOINTMENT_TOO_EARLY',
      `Pengangkatan ${appointment} terjadi sebelum pegawai berusia ${MIN_APPOINTMENT_AGE} tahun (lahir ${birthDate}).`,
      `Appointment ${appointment} is before the employee turned ${MIN_APPOINTMENT_AGE} (born ${birthDate}).`,
    );
  }

  if (sexDigit !== '1' && sexDigit !== '2') {
    add(
      'NIP_SEX_INVALID',
      `Angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan), bukan ${sexDigit ?? ''}.`,
      `Digit 15 of the NIP must be 1 (male) or 2 (female), not ${sexDigit ?? ''}.`,
    );
  }
  if (sequence === 0) {
    add(
      'NIP_SEQUENCE_INVALID',
      'Nomor urut NIP (3 angka terakhir) tidak boleh 000.',
      'The sequence number of the NIP (last 3 digits) cannot be 000.',
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, nip: digits, birthDate, appointment, sex: sexDigit === '1' ? 'MALE' : 'FEMALE', sequence };
}

/** Groups a valid 18-digit NIP the usual way: "19850412 201001 1 003"; other input is returned unchanged. */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) return nip;
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}
