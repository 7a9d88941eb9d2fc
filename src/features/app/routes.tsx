/**
 * Every view has an address (hash history: the app is static files, so links work from any host and offline):
 *   #/                       overview          #/designation/<id>   one designation
 *   #/customers #/people #/history #/simulator #/planner #/risk #/changes #/files
 * and `?month=YYYY-MM&rules=<edition>` on any of them (kept when moving between views). A share link is the
 * simulator's address with `?scenario=<changes>`. Back, Forward and reload keep the place.
 */
import { createHashHistory, createRootRoute, createRoute, createRouter, lazyRouteComponent, retainSearchParams } from '@tanstack/react-router';
import { Layout, NotFound } from './App';
import { CustomersPage, DesignationPage, EditionChangesPage, FilesPage, OverviewPage, PeoplePage, PlannerPage, RiskPage, SimulatorPage } from './pages';

interface ScopeSearch {
  month?: string;
  rules?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const rootRoute = createRootRoute({
  component: Layout,
  notFoundComponent: NotFound,
  // Numbers in the address come back as numbers (`rules=2024`): keep them as text.
  validateSearch: (search: Record<string, unknown>): ScopeSearch => ({
    ...(typeof search.month === 'string' && MONTH.test(search.month) ? { month: search.month } : {}),
    ...(search.rules !== undefined && search.rules !== '' ? { rules: String(search.rules) } : {}),
  }),
  search: { middlewares: [retainSearchParams(['month', 'rules'])] },
});

const page = (path: string, component: () => React.ReactNode) => createRoute({ getParentRoute: () => rootRoute, path, component });

const designationRoute = createRoute({ getParentRoute: () => rootRoute, path: '/designation/$id', component: DesignationPage });

const simulatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/simulator',
  component: SimulatorPage,
  validateSearch: (search: Record<string, unknown>): { scenario?: string } => (search.scenario !== undefined && search.scenario !== '' ? { scenario: String(search.scenario) } : {}),
});

const routeTree = rootRoute.addChildren([
  page('/', OverviewPage),
  designationRoute,
  page('/customers', CustomersPage),
  page('/people', PeoplePage),
  // The chart library is large: loaded when History is first opened.
  createRoute({ getParentRoute: () => rootRoute, path: '/history', component: lazyRouteComponent(() => import('../history/HistoryPage'), 'HistoryPage') }),
  simulatorRoute,
  page('/planner', PlannerPage),
  page('/risk', RiskPage),
  page('/changes', EditionChangesPage),
  page('/files', FilesPage),
]);

export function createAppRouter() {
  return createRouter({ routeTree, history: createHashHistory(), defaultPreload: false, scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
