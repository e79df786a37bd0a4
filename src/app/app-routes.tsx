import { Suspense } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import { Route, Switch } from 'wouter';
import { CmsDashboardPage } from '@/features/manage-licenses/cms-dashboard-page';
// PL-1: the renewal and coverage planner, in the CMS area (its tab stays selected).
import { plannerPage } from '@/features/manage-licenses/planner/lazy-planner-page';
import { preloadable } from '@/lib/preloadable';
import { NotFoundPage } from './not-found-page';
import { useText } from '@/lib/i18n';

// Areas other than the dashboard load on demand so they cost the dashboard nothing (quality P1);
// pointing at an area's tab fetches its code, so the click usually finds it loaded.
const partnerPortal = preloadable(() =>
  import('@/features/partner-portal/partner-portal-page').then((m) => m.PartnerPortalPage),
);
const customerPortal = preloadable(() =>
  import('@/features/customer-portal/customer-portal-page').then((m) => m.CustomerPortalPage),
);
const licenseManager = preloadable(() =>
  import('@/features/license-manager/license-manager-page').then((m) => m.LicenseManagerPage),
);
// LM-14: a sensor's page, in the License Manager's area (its tab stays selected).
const sensorPage = preloadable(() =>
  import('@/features/license-manager/sensor-page/sensor-page').then((m) => m.SensorPage),
);

const supportConsole = preloadable(() =>
  import('@/features/support/support-page').then((m) => m.SupportPage),
);

const PRELOADS: Record<string, () => Promise<unknown>> = {
  '/partner': partnerPortal.preload,
  '/customer': customerPortal.preload,
  '/fleet': licenseManager.preload,
  '/support': supportConsole.preload,
};

export function preloadArea(path: string): void {
  void PRELOADS[path]?.();
}

export function AppRoutes() {
  const t = useText();
  return (
    <Suspense fallback={<LinearProgress aria-label={t('shell.loadingPage')} />}>
      <Switch>
        <Route path="/" component={CmsDashboardPage} />
        <Route path="/planner" component={plannerPage.Component} />
        <Route path="/partner" component={partnerPortal.Component} />
        <Route path="/customer" component={customerPortal.Component} />
        <Route path="/fleet" component={licenseManager.Component} />
        <Route path="/fleet/sensors/:serial">
          {(params) => <sensorPage.Component serial={params.serial} />}
        </Route>
        <Route path="/support" component={supportConsole.Component} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}
