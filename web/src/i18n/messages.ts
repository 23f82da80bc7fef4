/** UI text, Bahasa Indonesia first. Every key must exist in both languages (the type enforces it). */
export const id = {
  'app.title': 'Kinerja',
  'app.subtitle': 'Penilaian Kinerja ASN · Kecamatan Gerunggang',
  'language.switch': 'English',
  'language.label': 'Bahasa',
  'state.loading': 'Memuat…',
  'state.error': 'Data tidak dapat dimuat.',
  'state.retry': 'Coba lagi',
  'families.heading': 'Rumpun jabatan',
  'families.intro': 'Setiap rumpun jabatan memiliki templat indikator kinerja berversi.',
  'families.empty': 'Belum ada rumpun jabatan.',
  'families.templates': 'Templat',
  'families.noTemplates': 'Belum ada templat.',
  'families.version': 'Versi',
} as const;

export type MessageKey = keyof typeof id;

export const en: Record<MessageKey, string> = {
  'app.title': 'Kinerja',
  'app.subtitle': 'Civil-servant performance evaluation · Kecamatan Gerunggang',
  'language.switch': 'Bahasa Indonesia',
  'language.label': 'Language',
  'state.loading': 'Loading…',
  'state.error': 'The data could not be loaded.',
  'state.retry': 'Try again',
  'families.heading': 'Job families',
  'families.intro': 'Every job family has versioned performance-indicator templates.',
  'families.empty': 'No job families yet.',
  'families.templates': 'Templates',
  'families.noTemplates': 'No templates yet.',
  'families.version': 'Version',
};

export const messages = { id, en } as const;
export type Language = keyof typeof messages;
