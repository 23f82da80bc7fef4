import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { useT } from '../i18n/i18n';
import { common } from '../i18n/messages';
import { AssessmentPage } from '../assessments/AssessmentPage';
import { FamiliesPage } from '../job-families/FamiliesPage';
import { HomePage, NotFoundPage } from './HomePage';
import { WorkPlanPage } from '../work-plans/WorkPlanPage';
import { MyResultsPage } from '../results/MyResultsPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { FeedbackPage as TeamFeedbackPage, ObjectionPage, PlanReviewPage, TeamPage } from '../team';
import { TemplatesPage } from '../templates/TemplatesPage';
import { VersionPage } from '../templates/VersionPage';

function Loading() {
  const t = useT(common);
  return <p role="status">{t('state.loading')}</p>;
}

/** GraphiQL and Monaco are large: the explorer is its own chunk, fetched when someone opens it. */
const ExplorerPage = lazy(() => import('../explorer/ExplorerPage'));

/** Every page of the signed-in app, by path. Features add their routes here. */
export const ROUTES: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'rumpun', element: <FamiliesPage /> },
  { path: 'templat', element: <TemplatesPage /> },
  { path: 'templat/versi/:versionId', element: <VersionPage /> },
  { path: 'penilaian/:id', element: <AssessmentPage /> },
  { path: 'tim', element: <TeamPage /> },
  { path: 'tim/rencana/:planId', element: <PlanReviewPage /> },
  { path: 'tim/keberatan/:id', element: <ObjectionPage /> },
  { path: 'tim/umpan-balik/:assessmentId', element: <TeamFeedbackPage /> },
  { path: 'rencana', element: <WorkPlanPage /> },
  { path: 'saya', element: <MyResultsPage /> },
  { path: 'dasbor', element: <DashboardPage /> },
  {
    path: 'eksplorasi',
    element: (
      <Suspense fallback={<Loading />}>
        <ExplorerPage />
      </Suspense>
    ),
  },
  { path: '*', element: <NotFoundPage /> },
];
