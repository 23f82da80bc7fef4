import { DomainError, localize, notFound, type Locale } from '../../kernel/errors.js';

export const unitNotFound = (locale: Locale, field = 'id') =>
  withField(notFound({ id: 'Unit kerja tidak ditemukan.', en: 'Unit not found.' }, locale), field);

export const employeeNotFound = (locale: Locale, field = 'id') =>
  withField(notFound({ id: 'Pegawai tidak ditemukan.', en: 'Employee not found.' }, locale), field);

export const familyNotFound = (locale: Locale, field = 'familyId') =>
  withField(notFound({ id: 'Rumpun jabatan tidak ditemukan.', en: 'Job family not found.' }, locale), field);

function withField(error: DomainError, field: string): DomainError {
  return new DomainError('NOT_FOUND', error.message, { field });
}

export function nipTaken(nip: string, locale: Locale): DomainError {
  return new DomainError(
    'CONFLICT',
    localize(
      {
        id: `NIP ${nip} sudah terdaftar untuk pegawai lain.`,
        en: `NIP ${nip} is already registered for another employee.`,
      },
      locale,
    ),
    { field: 'nip' },
  );
}

export function unitCodeTaken(code: string, locale: Locale): DomainError {
  return new DomainError(
    'CONFLICT',
    localize(
      {
        id: `Kode unit "${code}" sudah dipakai unit lain.`,
        en: `Unit code "${code}" is already used by another unit.`,
      },
      locale,
    ),
    { field: 'code' },
  );
}
