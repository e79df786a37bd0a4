import { useQuery } from '@tanstack/react-query';
import { fleetRoleSchema } from '@/api/contract/fleet';
import { customerPortalQueries, useSignOutCustomer } from '@/api/customer-portal';
import {
  customerSuccessQueries,
  useSignInSupport,
  useSignOutSupport,
} from '@/api/customer-success';
import { fleetQueries, useSignInFleetAs } from '@/api/fleet';
import { partnerPortalQueries, useSignInPartner, useSignOutPartner } from '@/api/partner-portal';
import type { SupportStaff } from '@/api/contract/customer-success';
import { supportRoleLabel } from '@/features/support/support-words';
import { usesSimulatedCloud } from '@/lib/env';
import { IdentityMenu } from './identity-menu';
import { roleChoices, whoIs } from './identity-words';
import { useText, type Translate } from '@/lib/i18n';

/** PP-1: the partner company signed in to the Partner Portal. */
export function PartnerIdentity() {
  const t = useText();
  const session = useQuery(partnerPortalQueries.session());
  const partners = useQuery({ ...partnerPortalQueries.partners(), enabled: usesSimulatedCloud() });
  const signIn = useSignInPartner();
  const signOut = useSignOutPartner();
  if (!session.data) return null;
  const partner = session.data.partner;
  return (
    <IdentityMenu
      app="partner"
      who={partner ? whoIs(partner.name, 'Partner', t) : null}
      choices={partners.data?.map((p) => ({ key: p.id, label: p.name }))}
      chosen={partner?.id}
      onChoose={(id) => signIn.mutate(id)}
      onSignOut={() => signOut.mutate()}
      pending={signIn.isPending || signOut.isPending}
    />
  );
}

/** CP-1: the customer signed in to the Customer Portal (they sign in with an EID or e-mail). */
export function CustomerIdentity() {
  const t = useText();
  const session = useQuery(customerPortalQueries.session());
  const signOut = useSignOutCustomer();
  if (session.data === undefined) return null;
  const customer = session.data;
  return (
    <IdentityMenu
      app="customer"
      who={customer ? whoIs(customer.name, 'Customer', t) : null}
      onSignOut={() => signOut.mutate()}
      pending={signOut.isPending}
    />
  );
}

/** LM-1: the organization user of the License Manager. */
export function FleetIdentity() {
  const t = useText();
  const session = useQuery(fleetQueries.session());
  const signIn = useSignInFleetAs();
  const user = session.data?.user;
  if (!user) return null;
  return (
    <IdentityMenu
      app="fleet"
      who={whoIs(user.name, user.role, t)}
      choices={usesSimulatedCloud() ? roleChoices(fleetRoleSchema.options, t) : undefined}
      chosen={user.role}
      onChoose={(key) => {
        const role = fleetRoleSchema.safeParse(key);
        if (role.success) signIn.mutate(role.data);
      }}
      pending={signIn.isPending}
    />
  );
}

/** "Greta Hoffmann · License administrator", the role in the user's language. */
const staffName = (staff: SupportStaff, t: Translate) =>
  t('shell.identity.who', { name: staff.name, role: supportRoleLabel(staff.role, t) });

/** CS-1: the Customer Success staff member signed in to the console. */
export function SupportIdentity() {
  const t = useText();
  const session = useQuery(customerSuccessQueries.session());
  const staff = useQuery({ ...customerSuccessQueries.staff(), enabled: usesSimulatedCloud() });
  const signIn = useSignInSupport();
  const signOut = useSignOutSupport();
  if (!session.data) return null;
  const member = session.data.staff;
  return (
    <IdentityMenu
      app="support"
      who={member ? staffName(member, t) : null}
      choices={staff.data?.map((s) => ({ key: s.id, label: staffName(s, t) }))}
      chosen={member?.id}
      onChoose={(id) => signIn.mutate(id)}
      onSignOut={() => signOut.mutate()}
      pending={signIn.isPending || signOut.isPending}
    />
  );
}
