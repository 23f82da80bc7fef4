import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceContext } from '../../kernel/service-context.js';
import { DomainError, localize } from '../../kernel/errors.js';
import { JobFamily } from '../job-family/job-family.entity.js';
import { TemplateVersion } from '../template/template-version.entity.js';
import { PeriodTemplate } from './period-template.entity.js';
import type { Period } from './period.entity.js';

interface PublishedRow {
  id: string;
  number: number;
  published_at: Date;
  family_id: string;
}

/** What the audit record of an opening keeps per pinned family. */
export interface PinSummary {
  familyCode: string;
  templateVersionId: string;
  number: number;
}

/**
 * Pins the latest published version of every job family to `period`. Published versions are locked
 * FOR SHARE until commit, so none can be retired between the choice and the pin.
 */
export async function pinTemplateVersions(
  ctx: ServiceContext,
  tx: EntityManager,
  period: Period,
): Promise<PinSummary[]> {
  const connection = tx.getConnection();
  const published = await connection.execute<PublishedRow[]>(
    `select v."id", v."number", v."published_at", t."family_id"
       from "template_version" v join "template" t on t."id" = v."template_id"
      where v."status" = 'PUBLISHED'
      for share of v`,
    [],
    'all',
    tx.getTransactionContext(),
  );
  const latest = new Map<string, PublishedRow>();
  for (const row of published) {
    const current = latest.get(row.family_id);
    const newer =
      !current ||
      +new Date(row.published_at) > +new Date(current.published_at) ||
      (+new Date(row.published_at) === +new Date(current.published_at) && row.id > current.id);
    if (newer) latest.set(row.family_id, row);
  }
  const staffed = await connection.execute<{ family_id: string }[]>(
    'select distinct "family_id" from "employee" where "active"',
    [],
    'all',
    tx.getTransactionContext(),
  );
  const families = await tx.find(JobFamily, {}, { orderBy: { name: 'asc' } });
  const missing = families.filter(
    (family) => !latest.has(family.id) && staffed.some((row) => row.family_id === family.id),
  );
  if (missing.length > 0) {
    const names = missing.map((family) => family.name).join(', ');
    throw new DomainError(
      'INVALID_STATE',
      localize(
        {
          id: `Periode ${period.year} belum dapat dibuka: rumpun jabatan berikut memiliki pegawai aktif tetapi belum punya templat yang diterbitkan: ${names}.`,
          en: `Period ${period.year} cannot be opened yet: these job families have active employees but no published template: ${names}.`,
        },
        ctx.locale,
      ),
      {
        state: period.state,
        families: missing.map((family) => ({ id: family.id, code: family.code, name: family.name })),
      },
    );
  }
  const pins: PinSummary[] = [];
  for (const family of families) {
    const version = latest.get(family.id);
    if (!version) continue;
    tx.create(PeriodTemplate, { period, family, templateVersion: tx.getReference(TemplateVersion, version.id) });
    pins.push({ familyCode: family.code, templateVersionId: version.id, number: version.number });
  }
  return pins;
}
