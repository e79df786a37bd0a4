import type { AuditActor } from './audit-event';
import { requireOwner } from './access';
import { CloudError } from './errors';
import { requireLicenseAdministrator } from './customer-success';
import { requireFleetManager } from './fleet';
import { notSignedIn, signedInAs, type Caller } from './sessions';
import type {
  CloudState,
  CmsUser,
  CustomerRecord,
  FleetUser,
  PartnerRecord,
  SessionApp,
  SupportStaffRecord,
} from './state';

/** Who a command may act for: anyone, or the signed-in user of an app, perhaps with a role. */
export interface Actors {
  /** Sign-in, the clock's day, lists a sign-in page shows: nobody has to be signed in. */
  public: null;
  cms: CmsUser;
  /** SS-1: the Manage Licenses operations. */
  owner: CmsUser;
  /** LM-1: the one call open to every fleet user, so an Analyst is told why not. */
  fleet: FleetUser;
  /** LM-1: Administrators and Managers. */
  manager: FleetUser;
  partner: PartnerRecord;
  customer: CustomerRecord;
  /** CS-1: a license administrator in the Customer Success console. */
  support: SupportStaffRecord;
  /** AU-2: whoever the caller is in each app it may use; an app without one is left out, no 401. */
  signedIn: SignedInApps;
}

/** Who the caller is in each app where it holds a session that may use it. */
export interface SignedInApps {
  cms?: CmsUser;
  partner?: PartnerRecord;
  customer?: CustomerRecord;
  fleet?: FleetUser;
  support?: SupportStaffRecord;
}
export type Access = keyof Actors;

/** The model's link to one caller, as a command sees it. */
export interface Link {
  readonly state: CloudState;
  readonly now: () => number;
  readonly caller: Caller;
}

export interface Resolved<Actor> {
  actor: Actor;
  /** Who the audit trail and the idempotency scope name; null for `public`. */
  who: AuditActor | null;
}

/** 401 with the app's own code unless the caller holds a live session there for an existing subject. */
function subject<T extends { id: string }>(link: Link, app: SessionApp, all: readonly T[]): T {
  const id = signedInAs(link.state, link.caller, app, link.now());
  const found = id === null ? undefined : all.find((s) => s.id === id);
  if (!found) throw notSignedIn(app);
  return found;
}

function cms(link: Link): Resolved<CmsUser> {
  const user = subject(link, 'cms', link.state.users);
  return { actor: user, who: { app: 'cms', id: user.id, name: user.name, role: user.role } };
}

function fleet(link: Link): Resolved<FleetUser> {
  const user = subject(link, 'fleet', link.state.fleet.users);
  return { actor: user, who: { app: 'fleet', id: user.id, name: user.name, role: user.role } };
}

function staffWho(staff: SupportStaffRecord): AuditActor {
  return { app: 'support', id: staff.id, name: staff.name, role: staff.role };
}

function account<T extends PartnerRecord | CustomerRecord>(
  app: 'partner' | 'customer',
  record: T,
): Resolved<T> {
  return { actor: record, who: { app, id: record.id, name: record.name, role: null } };
}

/** The app's actor, or undefined where the app would answer 401 or 403. */
function ifAllowed<T>(resolve: () => Resolved<T>): T | undefined {
  try {
    return resolve().actor;
  } catch (error) {
    if (error instanceof CloudError && (error.status === 401 || error.status === 403))
      return undefined;
    throw error;
  }
}

const RESOLVERS: { [A in Access]: (link: Link) => Resolved<Actors[A]> } = {
  public: () => ({ actor: null, who: null }),
  cms,
  owner: (link) => {
    const resolved = cms(link);
    requireOwner(resolved.actor);
    return resolved;
  },
  fleet,
  manager: (link) => {
    const resolved = fleet(link);
    requireFleetManager(resolved.actor);
    return resolved;
  },
  partner: (link) => account('partner', subject(link, 'partner', link.state.partners)),
  customer: (link) => account('customer', subject(link, 'customer', link.state.customers)),
  support: (link) => {
    const staff = subject(link, 'support', link.state.supportStaff);
    requireLicenseAdministrator(staff);
    return { actor: staff, who: staffWho(staff) };
  },
  // A read across apps: nobody to audit, so no `who`.
  signedIn: (link) => ({
    actor: {
      cms: ifAllowed(() => RESOLVERS.cms(link)),
      partner: ifAllowed(() => RESOLVERS.partner(link)),
      customer: ifAllowed(() => RESOLVERS.customer(link)),
      fleet: ifAllowed(() => RESOLVERS.fleet(link)),
      support: ifAllowed(() => RESOLVERS.support(link)),
    },
    who: null,
  }),
};

/** The caller as a command of this access acts for; 401 or 403 (with today's codes) if it may not. */
export function resolveActor<A extends Access>(access: A, link: Link): Resolved<Actors[A]> {
  const resolver: (link: Link) => Resolved<Actors[A]> = RESOLVERS[access];
  return resolver(link);
}

/**
 * AU-1: who a refused caller is, for the record: signed in to the app, though perhaps without the
 * role the command needs. Null when nobody is signed in there (a 401 names nobody).
 */
export function callerIdentity(access: Access, link: Link): AuditActor | null {
  try {
    if (access === 'owner') return cms(link).who;
    if (access === 'manager') return fleet(link).who;
    if (access === 'support') return staffWho(subject(link, 'support', link.state.supportStaff));
    return resolveActor(access, link).who;
  } catch {
    return null;
  }
}
