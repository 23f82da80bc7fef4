import { createBrowserRouter, RouterProvider } from 'react-router';
import { SignInPage } from '../auth/SignInPage';
import { useViewer } from '../common/viewer';
import { useT } from '../i18n/i18n';
import { common } from '../i18n/messages';
import { Layout } from './Layout';
import { ROUTES } from './routes';

const router = createBrowserRouter([{ path: '/', element: <Layout />, children: ROUTES }]);

/** Signed in: the app; signed out: the sign-in page (any URL, so a reload keeps its place). */
export function App() {
  const t = useT(common);
  const { viewer, loading } = useViewer();
  if (loading) return <p role="status">{t('state.loading')}</p>;
  if (!viewer) return <SignInPage />;
  return <RouterProvider router={router} />;
}
