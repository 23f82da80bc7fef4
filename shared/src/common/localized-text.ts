/** A user-facing text in Bahasa Indonesia (`id`, shown first) and English (`en`). */
export interface LocalizedText {
  id: string;
  en: string;
}

/** Builds a bilingual text. */
export function text(id: string, en: string): LocalizedText {
  return { id, en };
}

/** The name to quote in a message: the Indonesian text (domain terms keep their Indonesian names), else the fallback. */
export function nameOf(label: LocalizedText | undefined, fallback: string): string {
  const id = label?.id;
  return typeof id === 'string' && id.trim() !== '' ? id.trim() : fallback;
}
