import { FamiliesPage } from '../job-families/FamiliesPage';
import { useI18n } from '../i18n/i18n';

export function App() {
  const { t, language, setLanguage } = useI18n();
  return (
    <div className="app">
      <header className="app-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p>{t('app.subtitle')}</p>
        </div>
        <button type="button" onClick={() => setLanguage(language === 'id' ? 'en' : 'id')} aria-label={t('language.label')}>
          {t('language.switch')}
        </button>
      </header>
      <main>
        <FamiliesPage />
      </main>
    </div>
  );
}
