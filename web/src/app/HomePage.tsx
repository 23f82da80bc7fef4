import { Link } from 'react-router';
import { useViewer } from '../common/viewer';
import { useT } from '../i18n/i18n';
import { common } from '../i18n/messages';
import { visibleNavigation } from './navigation';

/** Greets the user and lists what they can do here. */
export function HomePage() {
  const t = useT(common);
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <section aria-labelledby="home-heading">
      <h1 id="home-heading">{t('home.greeting', { name: viewer.name })}</h1>
      <p>{t('home.roles', { roles: viewer.roles.join(', ') })}</p>
      <ul className="cards">
        {visibleNavigation(viewer.roles)
          .filter((item) => item.path !== '/')
          .map((item) => (
            <li key={item.path} className="card">
              <Link to={item.path}>{t(item.label)}</Link>
            </li>
          ))}
      </ul>
    </section>
  );
}

export function NotFoundPage() {
  const t = useT(common);
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <Link to="/">{t('notFound.back')}</Link>
    </section>
  );
}
