import type { TemplateDefinition } from '@kinerja/shared';
import { GURU_TEMPLATE_NAME, guruTemplate } from './guru.template.js';
import {
  PELAKSANA_ADMINISTRASI_TEMPLATE_NAME,
  pelaksanaAdministrasiTemplate,
} from './pelaksana-administrasi.template.js';
import { PERAWAT_TEMPLATE_NAME, perawatTemplate } from './perawat.template.js';

export type SeedFamilyCode = 'guru' | 'perawat' | 'pelaksana_administrasi';

export interface SeedTemplate {
  /** Code of the job family (see SEED_FAMILIES) the template belongs to. */
  familyCode: SeedFamilyCode;
  name: string;
  /** Returns a fresh definition on every call. */
  definition: () => TemplateDefinition;
}

/** One published template per seeded job family. */
export const SEED_TEMPLATES: SeedTemplate[] = [
  { familyCode: 'guru', name: GURU_TEMPLATE_NAME, definition: guruTemplate },
  { familyCode: 'perawat', name: PERAWAT_TEMPLATE_NAME, definition: perawatTemplate },
  {
    familyCode: 'pelaksana_administrasi',
    name: PELAKSANA_ADMINISTRASI_TEMPLATE_NAME,
    definition: pelaksanaAdministrasiTemplate,
  },
];

export { guruTemplate, perawatTemplate, pelaksanaAdministrasiTemplate };
export { GURU_TEMPLATE_NAME, PERAWAT_TEMPLATE_NAME, PELAKSANA_ADMINISTRASI_TEMPLATE_NAME };
