import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { messages, type Language, type MessageKey } from './messages';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey): string;
}

const STORAGE_KEY = 'kinerja.language';
const I18nContext = createContext<I18n | null>(null);

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
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (key) => messages[language][key] }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n must be used inside <I18nProvider>');
  return context;
}
