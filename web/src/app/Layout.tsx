import { NavLink, Outlet } from 'react-router';
import { useViewer } from '../common/viewer';
import { useLanguage, useT } from '../i18n/i18n';
import { common } from '../i18n/messages';
import { visibleNavigation } from './navigation';

/** Header with role-aware navigation, language switch and sign-out around every signed-in page. */
export function Layout() {
  const t = useT(common);
  const { language, setLanguage } = useLanguage();
  const { viewer, signOut } = useViewer();
  return (
    <div className="app">
      <header className="app-header">
        <div>
          <p className="app-title">{t('app.title')}</p>
          <p className="app-subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="header-actions">
          <span className="viewer-name">{viewer?.name}</span>
          <button
            type="button"
            onClick={() => setLanguage(language === 'id' ? 'en' : 'id')}
            aria-label={t('language.label')}
          >
            {t('language.switch')}
          </button>
          <button type="button" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </button>
        </div>
      </header>
      <nav aria-label={t('nav.label')} className="main-nav">
        {visibleNavigation(viewer?.roles ?? []).map((item) => (
          <NavLink key={item.path} to={item.path} end={item.path === '/'}>
            {t(item.label)}
          </NavLink>
        ))}
      </nav>
      <main>
        <Outlet />
      </main>
    </div>
  );
}
