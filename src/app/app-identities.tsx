import { useQuery } from '@tanstack/react-query';
import { cmsRoleSchema } from '@/api/contract/session';
import { fleetRoleSchema } from '@/api/contract/fleet';
import { customerPortalQueries, useSignOutCustomer } from '@/api/customer-portal';
import { fleetQueries, useSignInFleetAs } from '@/api/fleet';
import { partnerPortalQueries, useSignInPartner, useSignOutPartner } from '@/api/partner-portal';
import { sessionQueries, useSignInAs } from '@/api/session';
import { usesSimulatedCloud } from '@/lib/env';
import type { AreaPath } from './areas';
import { IdentityMenu } from './identity-menu';

const roleChoices = (roles: readonly string[]) => roles.map((role) => ({ key: role, label: role }));

/** SS-1: a CMS user; on the simulated cloud a tester signs in as another CMS user type. */
function CmsIdentity() {
  const session = useQuery(sessionQueries.current());
  const signInAs = useSignInAs();
  const user = session.data?.user;
  if (!user) return null;
  return (
    <IdentityMenu
      app="the CMS"
      who={`${user.name} · ${user.role}`}
      choices={usesSimulatedCloud() ? roleChoices(cmsRoleSchema.options) : undefined}
      chosen={user.role}
      onChoose={(key) => {
        const role = cmsRoleSchema.safeParse(key);
        if (role.success) signInAs.mutate(role.data);
      }}
      pending={signInAs.isPending}
    />
  );
}

/** PP-1: the partner company signed in to the Partner Portal. */
function PartnerIdentity() {
  const session = useQuery(partnerPortalQueries.session());
  const partners = useQuery({ ...partnerPortalQueries.partners(), enabled: usesSimulatedCloud() });
  const signIn = useSignInPartner();
  const signOut = useSignOutPartner();
  if (!session.data) return null;
  const partner = session.data.partner;
  return (
    <IdentityMenu
      app="the Partner Portal"
      who={partner ? `${partner.name} · Partner` : null}
      choices={partners.data?.map((p) => ({ key: p.id, label: p.name }))}
      chosen={partner?.id}
      onChoose={(id) => signIn.mutate(id)}
      onSignOut={() => signOut.mutate()}
      pending={signIn.isPending || signOut.isPending}
    />
  );
}

/** CP-1: the customer signed in to the Customer Portal (they sign in with an EID or e-mail). */
function CustomerIdentity() {
  const session = useQuery(customerPortalQueries.session());
  const signOut = useSignOutCustomer();
  if (session.data === undefined) return null;
  const customer = session.data;
  return (
    <IdentityMenu
      app="the Customer Portal"
      who={customer ? `${customer.name} · Customer` : null}
      onSignOut={() => signOut.mutate()}
      pending={signOut.isPending}
    />
  );
}

/** LM-1: the organization user of the License Manager. */
function FleetIdentity() {
  const session = useQuery(fleetQueries.session());
  const signIn = useSignInFleetAs();
  const user = session.data?.user;
  if (!user) return null;
  return (
    <IdentityMenu
      app="the License Manager"
      who={`${user.name} · ${user.role}`}
      choices={usesSimulatedCloud() ? roleChoices(fleetRoleSchema.options) : undefined}
      chosen={user.role}
      onChoose={(key) => {
        const role = fleetRoleSchema.safeParse(key);
        if (role.success) signIn.mutate(role.data);
      }}
      pending={signIn.isPending}
    />
  );
}

const IDENTITIES: Record<AreaPath, () => React.JSX.Element | null> = {
  '/': CmsIdentity,
  '/partner': PartnerIdentity,
  '/customer': CustomerIdentity,
  '/fleet': FleetIdentity,
};

/** Each app says who is signed in to it, not the CMS user everywhere. */
export function AppIdentity({ area }: { area: AreaPath }) {
  const Identity = IDENTITIES[area];
  return <Identity />;
}
