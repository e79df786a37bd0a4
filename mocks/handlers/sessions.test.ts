import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { errorBodySchema } from '@/api/contract/common';
import { partnerCustomerSchema } from '@/api/contract/partner-portal';
import { sessionTokenSchema } from '@/api/contract/common';
import { signedInSessionSchema } from '@/api/contract/session';
import { requireSignIn } from '../cloud/instance';
import { inspect } from '@tests/builders';

/**
 * R20, R22 through the handlers (mocks/node.ts, started by tests/setup.ts), as the HTTP server
 * runs them: a client without credentials is nobody. Each "client" keeps its own cookies.
 */
const API = 'http://cloud.test/api';

class Client {
  readonly cookies = new Map<string, string>();

  async send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(`${API}${path}`, {
      method,
      headers: {
        ...headers,
        ...(cookie ? { Cookie: cookie } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? null : JSON.stringify(body),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (/Max-Age=0/.test(setCookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return {
      status: response.status,
      json: text === '' ? undefined : (JSON.parse(text) as unknown),
      setCookies: response.headers.getSetCookie(),
    };
  }
}

const partnerId = (name: string) => {
  const partner = inspect().partners.find((p) => p.name === name);
  if (!partner) throw new Error(`The seed has no ${name}`);
  return partner.id;
};

beforeEach(() => requireSignIn(true));
afterEach(() => requireSignIn(false));

describe('R20 — sessions through the handlers', () => {
  it('a sign-in answers a bearer token and sets it as an HttpOnly, SameSite=Strict cookie on /api', async () => {
    const client = new Client();
    const signIn = await client.send('POST', '/session', { role: 'Admin' });
    expect(signIn.status).toBe(200);
    const body = signedInSessionSchema.parse(signIn.json);
    expect(body.user.role).toBe('Admin');
    expect(signIn.setCookies).toEqual([
      `cms_session=${body.token}; Path=/api; HttpOnly; SameSite=Strict; Expires=${new Date(body.expiresAt).toUTCString()}`,
    ]);

    expect((await client.send('GET', '/session')).json).toMatchObject({ user: { role: 'Admin' } });
    const byBearer = await new Client().send('GET', '/session', undefined, {
      Authorization: `Bearer ${body.token}`,
    });
    expect(byBearer.json).toMatchObject({ user: { role: 'Admin' } });
  });

  it('two clients are two users at once, each acting as itself', async () => {
    const owner = new Client();
    const admin = new Client();
    await Promise.all([
      owner.send('POST', '/session', { role: 'Owner' }),
      admin.send('POST', '/session', { role: 'Admin' }),
    ]);
    const licenseId = inspect().licenses.find((l) => l.activation !== null)?.id ?? '';
    const [ownerNote, adminNote, ownerSession, adminSession] = await Promise.all([
      owner.send('PATCH', `/cms/licenses/${licenseId}`, { note: 'Paid by facilities' }),
      admin.send('PATCH', `/cms/licenses/${licenseId}`, { note: 'Not mine' }),
      owner.send('GET', '/session'),
      admin.send('GET', '/session'),
    ]);
    expect(ownerNote.status).toBe(200);
    expect(adminNote.status).toBe(403);
    expect(errorBodySchema.parse(adminNote.json).code).toBe('owner_only');
    expect(ownerSession.json).toMatchObject({ user: { role: 'Owner' } });
    expect(adminSession.json).toMatchObject({ user: { role: 'Admin' } });
    expect(inspect().licenses.find((l) => l.id === licenseId)?.activation?.note).toBe(
      'Paid by facilities',
    );
  });

  it('without a session every app answers 401 with its typed error, before reading the body', async () => {
    const nobody = new Client();
    const answers = await Promise.all([
      nobody.send('GET', '/cms/licenses'),
      nobody.send('POST', '/cms/activation-jobs', { not: 'a valid body' }),
      nobody.send('GET', '/fleet/licenses-left'),
      nobody.send('GET', '/partner/inventory'),
      nobody.send('GET', '/customer/licenses'),
    ]);
    expect(
      answers.map(({ status, json }) => `${status} ${errorBodySchema.parse(json).code}`),
    ).toEqual([
      '401 not_signed_in',
      '401 not_signed_in',
      '401 not_signed_in',
      '401 partner_not_signed_in',
      '401 customer_not_signed_in',
    ]);
  });

  it('one client’s cookie is never another’s: MSW’s own cookie jar is not used', async () => {
    await new Client().send('POST', '/session', { role: 'Owner' });
    await new Client().send('POST', '/partner/session', {
      partnerId: partnerId('Northwind Controls'),
    });
    const nobody = new Client();
    expect((await nobody.send('GET', '/session')).status).toBe(401);
    expect((await nobody.send('GET', '/partner/session')).json).toEqual({ partner: null });
  });

  it('sign-out ends the session and clears its cookie', async () => {
    const client = new Client();
    const { token } = sessionTokenSchema.parse(
      (await client.send('POST', '/session', { role: 'Owner' })).json,
    );
    const signOut = await client.send('DELETE', '/session');
    expect(signOut.status).toBe(204);
    expect(signOut.setCookies).toEqual([
      'cms_session=; Path=/api; HttpOnly; SameSite=Strict; Max-Age=0',
    ]);
    const stale = await new Client().send('GET', '/session', undefined, {
      Authorization: `Bearer ${token}`,
    });
    expect(stale.status).toBe(401);

    await client.send('POST', '/partner/session', { partnerId: partnerId('Helios Integration') });
    expect((await client.send('DELETE', '/partner/session')).json).toEqual({ partner: null });
    expect((await client.send('GET', '/partner/inventory')).status).toBe(401);
  });

  it('R12 — the dev route expires the caller’s own sessions; another client stays signed in', async () => {
    const tester = new Client();
    const colleague = new Client();
    await tester.send('POST', '/session', { role: 'Owner' });
    await tester.send('POST', '/fleet/session', { role: 'Manager' });
    await colleague.send('POST', '/session', { role: 'Owner' });

    expect((await tester.send('POST', '/dev/session/expire')).status).toBe(200);
    expect((await tester.send('GET', '/cms/licenses')).status).toBe(401);
    expect(errorBodySchema.parse((await tester.send('GET', '/fleet/session')).json).code).toBe(
      'not_signed_in',
    );
    expect((await colleague.send('GET', '/cms/licenses')).status).toBe(200);
  });
});

describe('R22 — an Idempotency-Key through the handlers', () => {
  const body = { name: 'P-Annex', contactEmails: ['facilities@annex.example'] };
  const key = { 'Idempotency-Key': 'shared-by-accident' };

  it('never returns another partner’s answer, and refuses a changed body with 422', async () => {
    const northwind = new Client();
    const helios = new Client();
    await northwind.send('POST', '/partner/session', {
      partnerId: partnerId('Northwind Controls'),
    });
    await helios.send('POST', '/partner/session', { partnerId: partnerId('Helios Integration') });

    const first = await northwind.send('POST', '/partner/customers', body, key);
    const other = await helios.send('POST', '/partner/customers', body, key);
    expect([first.status, other.status]).toEqual([201, 201]);
    const [a, b] = [
      partnerCustomerSchema.parse(first.json),
      partnerCustomerSchema.parse(other.json),
    ];
    expect(b.id).not.toBe(a.id);
    const helioCustomers = z
      .object({ items: z.array(partnerCustomerSchema) })
      .parse((await helios.send('GET', '/partner/customers')).json);
    expect(helioCustomers.items.map((c) => c.id)).toContain(b.id);
    expect(helioCustomers.items.map((c) => c.id)).not.toContain(a.id);

    const replay = await northwind.send('POST', '/partner/customers', body, key);
    expect(replay).toMatchObject({ status: 201, json: a });
    const changed = await northwind.send(
      'POST',
      '/partner/customers',
      { ...body, name: 'P-Annex 2' },
      key,
    );
    expect(changed.status).toBe(422);
    expect(errorBodySchema.parse(changed.json).code).toBe('idempotency_key_reused');
  });
});
