import { beforeEach, describe, expect, it } from 'vitest';
import { VALID_ACTIVATION_CODE } from './fleet-seed';
import { CloudModel } from './model';
import { seedTypicalSite } from './seed';
import { SESSION_LIFETIME_MS, type Caller } from './sessions';
import type { SessionApp } from './state';
import { refusal } from '@tests/cloud-refusal';

/** A client of the HTTP server: without credentials it is nobody. */
const NOBODY: Caller = { bearer: null, cookies: {}, local: false };
const bearer = (token: string): Caller => ({ ...NOBODY, bearer: token });
const cookie = (app: SessionApp, token: string): Caller => ({
  ...NOBODY,
  cookies: { [app]: token },
});

let nowMs: number;
let model: CloudModel;

function id<T extends { id: string; name: string }>(items: T[], name: string): string {
  const item = items.find((i) => i.name === name);
  if (!item) throw new Error(`The seed has no ${name}`);
  return item.id;
}

const activatedLicenseId = () => {
  const license = model.state.licenses.find((l) => l.activation !== null);
  if (!license) throw new Error('The seed has no activated license');
  return license.id;
};

beforeEach(() => {
  nowMs = Date.parse('2026-11-23T09:00:00Z');
  model = new CloudModel(seedTypicalSite(), () => nowMs);
});

describe('R20 — two clients signed in as different users at the same time', () => {
  it('each CMS caller acts as its own user, whoever signed in last', () => {
    const owner = bearer(model.as(NOBODY).signInAs('Owner').token);
    const admin = bearer(model.as(NOBODY).signInAs('Admin').token);

    expect(model.as(owner).session().user.role).toBe('Owner');
    expect(model.as(admin).session().user.role).toBe('Admin');
    const licenseId = activatedLicenseId();
    expect(model.as(owner).updateNote(licenseId, 'Paid by facilities').note).toBe(
      'Paid by facilities',
    );
    const refused = refusal(() => model.as(admin).updateNote(licenseId, 'Not mine to change'));
    expect(refused.status).toBe(403);
    expect(refused.code).toBe('owner_only');
    expect(model.as(owner).listCloudLicenses().length).toBeGreaterThan(0);
  });

  it('two partners see and change only their own accounts', () => {
    const northwind = cookie(
      'partner',
      model.as(NOBODY).signInPartner(id(model.state.partners, 'Northwind Controls')).token,
    );
    const helios = cookie(
      'partner',
      model.as(NOBODY).signInPartner(id(model.state.partners, 'Helios Integration')).token,
    );

    const created = model
      .as(northwind)
      .createCustomer({ name: 'P-Annex', contactEmails: ['facilities@annex.example'] });
    expect(
      model
        .as(northwind)
        .partnerCustomers()
        .map((c) => c.id),
    ).toContain(created.id);
    expect(
      model
        .as(helios)
        .partnerCustomers()
        .map((c) => c.id),
    ).not.toContain(created.id);
    expect(model.as(northwind).partnerSession().partner?.name).toBe('Northwind Controls');
    expect(model.as(helios).partnerSession().partner?.name).toBe('Helios Integration');
  });

  it('an Administrator manages the fleet while an Analyst, signed in too, is refused', () => {
    const administrator = bearer(model.as(NOBODY).signInFleetAs('Administrator').token);
    const analyst = bearer(model.as(NOBODY).signInFleetAs('Analyst').token);

    expect(model.as(administrator).redeemActivationCode(VALID_ACTIVATION_CODE).added).toBe(5);
    expect(model.as(analyst).fleetSession()).toMatchObject({
      user: { role: 'Analyst' },
      canManage: false,
    });
    expect(refusal(() => model.as(analyst).licensesLeft()).code).toBe('fleet_role_forbidden');
    expect(model.as(administrator).fleetSession().canManage).toBe(true);
  });
});

describe('R20 — without a session', () => {
  it('answers 401 with the code each app already handles', () => {
    const nobody = model.as(NOBODY);
    const codes = [
      () => nobody.session(),
      () => nobody.listActivatedLicenses(),
      () => nobody.fleetSession(),
      () => nobody.partnerInventory(),
      () => nobody.customerLicenses(),
    ].map((run) => {
      const error = refusal(run);
      return `${error.status} ${error.code}`;
    });
    expect(codes).toEqual([
      '401 not_signed_in',
      '401 not_signed_in',
      '401 not_signed_in',
      '401 partner_not_signed_in',
      '401 customer_not_signed_in',
    ]);
    // The portals ask who is signed in before showing their sign-in form: nobody is an answer.
    expect(nobody.partnerSession()).toEqual({ partner: null });
    expect(nobody.customerPortalSession()).toEqual({ customer: null });
  });

  it('a made-up token, or one of another app, is no session', () => {
    expect(refusal(() => model.as(bearer(crypto.randomUUID())).session()).status).toBe(401);
    const partnerToken = model
      .as(NOBODY)
      .signInPartner(id(model.state.partners, 'Helios Integration')).token;
    expect(refusal(() => model.as(bearer(partnerToken)).session()).status).toBe(401);
    expect(refusal(() => model.as(cookie('cms', partnerToken)).session()).status).toBe(401);
    expect(model.as(cookie('partner', partnerToken)).partnerInventory().myInventory).not.toEqual(
      [],
    );
  });
});

describe('R20 — sessions expire and can be ended', () => {
  it('a session lasts 12 hours of wall-clock time; the simulated clock does not end it', () => {
    const signedIn = model.as(NOBODY).signInAs('Owner');
    expect(signedIn.expiresAt).toBe(new Date(nowMs + SESSION_LIFETIME_MS).toISOString());
    const owner = model.as(bearer(signedIn.token));
    owner.advanceClock({ days: 60 });
    nowMs += SESSION_LIFETIME_MS - 1;
    expect(owner.session().user.role).toBe('Owner');
    nowMs += 1;
    expect(refusal(() => owner.session()).code).toBe('not_signed_in');
  });

  it('signing out ends that session only; signing out again changes nothing', () => {
    const first = bearer(model.as(NOBODY).signInAs('Owner').token);
    const second = bearer(model.as(NOBODY).signInAs('Owner').token);
    model.as(first).signOut();
    expect(refusal(() => model.as(first).session()).status).toBe(401);
    expect(model.as(second).session().user.role).toBe('Owner');
    model.as(first).signOut();
    expect(model.as(second).session().user.role).toBe('Owner');

    const partner = bearer(
      model.as(NOBODY).signInPartner(id(model.state.partners, 'Northwind Controls')).token,
    );
    expect(model.as(partner).signOutPartner()).toEqual({ partner: null });
    expect(model.as(partner).partnerSession()).toEqual({ partner: null });
  });

  it('R12 — expiring ends the caller’s CMS and License Manager sessions, not another client’s', () => {
    const cms = model.as(NOBODY).signInAs('Owner').token;
    const fleet = model.as(NOBODY).signInFleetAs('Manager').token;
    const tester: Caller = { ...NOBODY, cookies: { cms, fleet } };
    const colleague = bearer(model.as(NOBODY).signInAs('Owner').token);

    model.as(tester).expireSessions();
    expect(refusal(() => model.as(tester).session()).code).toBe('not_signed_in');
    expect(refusal(() => model.as(tester).fleetSession()).code).toBe('not_signed_in');
    expect(model.as(colleague).session().user.role).toBe('Owner');

    const again = model.as(tester).signInAs('Owner');
    expect(model.as(cookie('cms', again.token)).session().user.role).toBe('Owner');
  });

  it('keeps no record of sessions that ran out', () => {
    model.as(NOBODY).signInAs('Owner');
    nowMs += SESSION_LIFETIME_MS;
    const current = model.as(NOBODY).signInAs('Admin');
    expect(Object.keys(model.state.sessions)).toEqual([current.token]);
  });
});

describe('the local client of an in-page, test or story cloud', () => {
  it('is the seed’s first user until it signs in as another, out, or its session runs out', () => {
    expect(model.session().user.role).toBe('Owner');
    expect(model.fleetSession().user.role).toBe('Administrator');
    expect(model.partnerSession()).toEqual({ partner: null });

    model.signInAs('Admin');
    expect(model.session().user.role).toBe('Admin');
    model.expireSessions();
    expect(refusal(() => model.session()).code).toBe('not_signed_in');
    expect(refusal(() => model.fleetSession()).code).toBe('not_signed_in');
    model.signInAs('Admin');
    expect(model.session().user.role).toBe('Admin');

    model.signOut();
    expect(refusal(() => model.session()).code).toBe('not_signed_in');
  });

  it('is nobody on a server that requires a sign-in', () => {
    model.signInAs('Owner');
    expect(refusal(() => model.as(NOBODY).session()).status).toBe(401);
  });
});

describe('R22 — Idempotency-Keys are scoped to the caller and the command', () => {
  it('partner A’s key never returns partner B’s answer', () => {
    const northwind = bearer(
      model.as(NOBODY).signInPartner(id(model.state.partners, 'Northwind Controls')).token,
    );
    const helios = bearer(
      model.as(NOBODY).signInPartner(id(model.state.partners, 'Helios Integration')).token,
    );
    const body = { name: 'P-Annex', contactEmails: ['facilities@annex.example'] };

    const first = model.as(northwind).createCustomer(body, 'key-1');
    const other = model.as(helios).createCustomer(body, 'key-1');
    expect(other.id).not.toBe(first.id);
    const owners = model.state.customers
      .filter((c) => c.id === first.id || c.id === other.id)
      .map((c) => c.partnerId);
    expect(owners.toSorted()).toEqual(
      [
        id(model.state.partners, 'Northwind Controls'),
        id(model.state.partners, 'Helios Integration'),
      ].toSorted(),
    );
    // The same caller replays its own answer.
    expect(model.as(northwind).createCustomer(body, 'key-1')).toEqual(first);
  });

  it('the same key on another command is another key; with another body it is refused', () => {
    const northwind = bearer(
      model.as(NOBODY).signInPartner(id(model.state.partners, 'Northwind Controls')).token,
    );
    model
      .as(northwind)
      .createCustomer({ name: 'P-Annex', contactEmails: ['facilities@annex.example'] }, 'key-2');
    const transfer = refusal(() =>
      model.as(northwind).transferToCustomer({ licenseIds: [], customerId: 'x' }, 'key-2'),
    );
    expect(transfer.code).not.toBe('idempotency_key_reused');

    const customers = model.state.customers.length;
    const reused = refusal(() =>
      model
        .as(northwind)
        .createCustomer({ name: 'P-Annex 2', contactEmails: ['it@annex.example'] }, 'key-2'),
    );
    expect(reused.status).toBe(422);
    expect(reused.code).toBe('idempotency_key_reused');
    expect(model.state.customers).toHaveLength(customers);
  });

  it('another fleet user’s key runs as that user’s command', () => {
    const administrator = bearer(model.as(NOBODY).signInFleetAs('Administrator').token);
    const manager = bearer(model.as(NOBODY).signInFleetAs('Manager').token);
    expect(model.as(administrator).redeemActivationCode(VALID_ACTIVATION_CODE, 'k').added).toBe(5);
    // Not the Administrator's success replayed: the Manager's own attempt, on a used code.
    expect(
      refusal(() => model.as(manager).redeemActivationCode(VALID_ACTIVATION_CODE, 'k')).code,
    ).toBe('code_used');
  });
});
