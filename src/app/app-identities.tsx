import { Suspense, type ComponentType } from 'react';
import { useQuery } from '@tanstack/react-query';
import { cmsRoleSchema } from '@/api/contract/session';
import { sessionQueries, useSignInAs } from '@/api/session';
import { usesSimulatedCloud } from '@/lib/env';
import { preloadable } from '@/lib/preloadable';
import type { AreaPath } from './areas';
import { IdentityMenu } from './identity-menu';
import { roleChoices, whoIs } from './identity-words';
import { useText } from '@/lib/i18n';

/** SS-1: a CMS user; on the simulated cloud a tester signs in as another CMS user type. */
function CmsIdentity() {
  const t = useText();
  const session = useQuery(sessionQueries.current());
  const signInAs = useSignInAs();
  const user = session.data?.user;
  if (!user) return null;
  return (
    <IdentityMenu
      app="cms"
      who={whoIs(user.name, user.role, t)}
      choices={usesSimulatedCloud() ? roleChoices(cmsRoleSchema.options, t) : undefined}
      chosen={user.role}
      onChoose={(key) => {
        const role = cmsRoleSchema.safeParse(key);
        if (role.success) signInAs.mutate(role.data);
      }}
      pending={signInAs.isPending}
    />
  );
}

// The other apps' identities and their API modules load with them, not with the dashboard (P1);
// the room kept for who is signed in means their arrival moves nothing (CLS 0).
const partner = preloadable(() => import('./area-identities').then((m) => m.PartnerIdentity));
const customer = preloadable(() => import('./area-identities').then((m) => m.CustomerIdentity));
const fleet = preloadable(() => import('./area-identities').then((m) => m.FleetIdentity));
const support = preloadable(() => import('./area-identities').then((m) => m.SupportIdentity));

const IDENTITIES: Record<AreaPath, ComponentType> = {
  '/': CmsIdentity,
  '/partner': partner.Component,
  '/customer': customer.Component,
  '/fleet': fleet.Component,
  '/support': support.Component,
};

/** Each app says who is signed in to it, not the CMS user everywhere. */
export function AppIdentity({ area }: { area: AreaPath }) {
  const Identity = IDENTITIES[area];
  return (
    <Suspense fallback={null}>
      <Identity />
    </Suspense>
  );
}
