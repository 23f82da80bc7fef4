import type { Context } from '../../kernel/context.js';
import { DomainError, localize, notFound } from '../../kernel/errors.js';
import { isId } from '../../kernel/ids.js';
import { InputChecker } from '../../kernel/input-problems.js';
import { recordAudit } from '../audit/audit.service.js';
import { JobFamily } from './job-family.entity.js';

const CODE = /^[a-z][a-z0-9_]{1,39}$/;
export const DESCRIPTION_MAX = 2000;

function checkNames(check: InputChecker, input: { name: string; nameEn: string; description?: string | null }) {
  return {
    name: check.text('name', input.name, { id: 'Nama rumpun jabatan', en: 'Family name' }, 100),
    nameEn: check.text('nameEn', input.nameEn, { id: 'Nama dalam bahasa Inggris', en: 'English name' }, 100),
    description: input.description?.trim()
      ? check.text(
          'description',
          input.description,
          { id: 'Uraian rumpun jabatan', en: 'The description' },
          DESCRIPTION_MAX,
        )
      : null,
  };
}

const snapshot = (family: JobFamily) => ({
  code: family.code,
  name: family.name,
  nameEn: family.nameEn,
  description: family.description,
});

export async function createJobFamily(
  ctx: Context,
  input: { code: string; name: string; nameEn: string; description?: string | null },
) {
  const check = new InputChecker(ctx.locale);
  const code = input.code.trim();
  if (!CODE.test(code)) {
    check.add('code', 'KEY_FORMAT', {
      id: `Kode '${code}' tidak valid: gunakan 2–40 huruf kecil, angka atau garis bawah, diawali huruf (mis. 'bidan').`,
      en: `Code '${code}' is not valid: use 2–40 lower-case letters, digits or underscores, starting with a letter (e.g. 'bidan').`,
    });
  }
  const fields = checkNames(check, input);
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    if (await tx.findOne(JobFamily, { code })) {
      throw new DomainError(
        'CONFLICT',
        localize(
          { id: `Kode '${code}' sudah dipakai rumpun lain.`, en: `Code '${code}' is already used by another family.` },
          ctx.locale,
        ),
      );
    }
    const family = tx.create(JobFamily, { code, ...fields });
    recordAudit(tx, ctx.actor, {
      action: 'create',
      entityType: 'JobFamily',
      entityId: family.id,
      after: snapshot(family),
    });
    return family;
  });
}

export async function updateJobFamily(
  ctx: Context,
  input: { id: string; name: string; nameEn: string; description?: string | null },
) {
  const check = new InputChecker(ctx.locale);
  const fields = checkNames(check, input);
  check.throwIfAny();
  return ctx.em.transactional(async (tx) => {
    const family = isId(input.id) ? await tx.findOne(JobFamily, { id: input.id }) : null;
    if (!family) throw notFound({ id: 'Rumpun jabatan tidak ditemukan.', en: 'Job family not found.' }, ctx.locale);
    const before = snapshot(family);
    Object.assign(family, fields);
    recordAudit(tx, ctx.actor, {
      action: 'update',
      entityType: 'JobFamily',
      entityId: family.id,
      before,
      after: snapshot(family),
    });
    return family;
  });
}
