import { lazy, Suspense } from 'react';
import LinearProgress from '@mui/material/LinearProgress';
import { Route, Switch } from 'wouter';
import { CmsDashboardPage } from '@/features/manage-licenses/cms-dashboard-page';
import { NotFoundPage } from './not-found-page';

// Areas other than the dashboard load on demand so they cost the dashboard nothing (quality P1).
const PartnerPortalPage = lazy(() =>
  import('@/features/partner-portal/partner-portal-page').then((m) => ({
    default: m.PartnerPortalPage,
  })),
);
const CustomerPortalPage = lazy(() =>
  import('@/features/customer-portal/customer-portal-page').then((m) => ({
    default: m.CustomerPortalPage,
  })),
);
const LicenseManagerPage = lazy(() =>
  import('@/features/license-manager/license-manager-page').then((m) => ({
    default: m.LicenseManagerPage,
  })),
);

export function AppRoutes() {
  return (
    <Suspense fallback={<LinearProgress aria-label="Loading page" />}>
      <Switch>
        <Route path="/" component={CmsDashboardPage} />
        <Route path="/partner" component={PartnerPortalPage} />
        <Route path="/customer" component={CustomerPortalPage} />
        <Route path="/fleet" component={LicenseManagerPage} />
        <Route component={NotFoundPage} />
      </Switch>
    </Suspense>
  );
}
