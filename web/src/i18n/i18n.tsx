import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export type Language = 'id' | 'en';

/** A feature's texts: Bahasa Indonesia first, and the same keys in English (the type enforces it). */
export type Messages<K extends string> = {
  readonly id: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
};

/** Declares a feature's texts; `en` must have exactly the keys of `id`. */
export function defineMessages<K extends string>(id: Record<K, string>, en: Record<K, string>): Messages<K> {
  return { id, en };
}

interface LanguageState {
  language: Language;
  setLanguage(language: Language): void;
}

const STORAGE_KEY = 'kinerja.language';
const LanguageContext = createContext<LanguageState | null>(null);

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'id';
}

/** The current language; the server also answers in it (Accept-Language). */
let currentLanguage: Language = initialLanguage();
export const getLanguage = (): Language => currentLanguage;

export function I18nProvider({ children, language: forced }: { children: ReactNode; language?: Language }) {
  const [language, setState] = useState<Language>(forced ?? currentLanguage);
  const setLanguage = useCallback((next: Language) => {
    currentLanguage = next;
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setState(next);
  }, []);
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const context = useContext(LanguageContext);
  if (!context) throw new Error('useLanguage must be used inside <I18nProvider>');
  return context;
}

/** `t(key)` for a feature's messages, in the current language; `{name}` placeholders are filled from `values`. */
export function useT<K extends string>(messages: Messages<K>) {
  const { language } = useLanguage();
  return useCallback(
    (key: K, values?: Record<string, string | number>) => {
      let text = messages[language][key];
      for (const [name, value] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, String(value));
      return text;
    },
    [messages, language],
  );
}

/** Picks the text of a `{ id, en }` pair (from the API or `@kinerja/shared`) in the current language. */
export function useLocalized() {
  const { language } = useLanguage();
  return useCallback(
    (text: { id: string; en: string } | null | undefined) => (text ? text[language] || text.id : ''),
    [language],
  );
}
