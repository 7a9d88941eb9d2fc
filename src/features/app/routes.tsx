/**
 * Every view has an address (hash history: the app is static files, so links work from any host and offline):
 *   #/                       overview          #/designation/<id>   one designation
 *   #/customers #/people #/history #/simulator #/planner #/risk #/changes #/files
 * and `?month=YYYY-MM&rules=<edition>` on any of them (kept when moving between views). A share link is the
 * simulator's address with `?scenario=<changes>`. Back, Forward and reload keep the place.
 */
import { createHashHistory, createRootRoute, createRoute, createRouter, lazyRouteComponent, retainSearchParams, type RouteComponent } from '@tanstack/react-router';
import { Layout, NotFound } from './App';
import { OverviewPage } from './pages';

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

// Code-split by view: the overview comes with the page, every other view is loaded when first opened.
const page = <Path extends string>(path: Path, component: RouteComponent) => createRoute({ getParentRoute: () => rootRoute, path, component });

const designationRoute = createRoute({ getParentRoute: () => rootRoute, path: '/designation/$id', component: lazyRouteComponent(() => import('./pages/DesignationPage'), 'DesignationPage') });

const simulatorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/simulator',
  component: lazyRouteComponent(() => import('./pages/SimulatorPage'), 'SimulatorPage'),
  validateSearch: (search: Record<string, unknown>): { scenario?: string } => (search.scenario !== undefined && search.scenario !== '' ? { scenario: String(search.scenario) } : {}),
});

const routeTree = rootRoute.addChildren([
  page('/', OverviewPage),
  designationRoute,
  page(
    '/customers',
    lazyRouteComponent(() => import('../customers/CustomerLookup'), 'CustomerLookup'),
  ),
  page(
    '/people',
    lazyRouteComponent(() => import('./pages/PeoplePage'), 'PeoplePage'),
  ),
  page(
    '/history',
    lazyRouteComponent(() => import('../history/HistoryPage'), 'HistoryPage'),
  ),
  simulatorRoute,
  page(
    '/planner',
    lazyRouteComponent(() => import('./pages/PlannerPage'), 'PlannerPage'),
  ),
  page(
    '/risk',
    lazyRouteComponent(() => import('./pages/RiskPage'), 'RiskPage'),
  ),
  page(
    '/changes',
    lazyRouteComponent(() => import('../editions/EditionChanges'), 'EditionChanges'),
  ),
  page(
    '/files',
    lazyRouteComponent(() => import('../import/ImportPanel'), 'ImportPanel'),
  ),
]);

export function createAppRouter() {
  return createRouter({ routeTree, history: createHashHistory(), defaultPreload: false, scrollRestoration: true });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
