import { describe, it } from 'vitest';
import { cloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { VALID_ACTIVATION_CODE } from '@mocks/cloud/fleet-seed';
import {
  insertAt,
  LONG_LENGTH,
  LOOKALIKE,
  NO_BREAK_SPACE,
  PAYLOADS,
  swapFirst,
  ZERO_WIDTH_SPACE,
} from './bad-values';
import { expectRefused } from './refusals';

/** The look-alike, invisible, markup and oversized variants of a valid ID or code. */
function badVariants(valid: string, latin: string, lookalike: string, digit: string) {
  return [
    ['a look-alike letter', swapFirst(valid, latin, lookalike)],
    [
      'a fullwidth digit',
      swapFirst(valid, digit, String.fromCodePoint(digit.charCodeAt(0) + 0xfee0)),
    ],
    ['a zero-width space inside', insertAt(valid, 4, ZERO_WIDTH_SPACE)],
    ['a no-break space inside', insertAt(valid, 4, NO_BREAK_SPACE)],
    ...PAYLOADS,
  ] as const;
}

const ID = '0b6f3a52-9d1e-4c1f-8a2b-3c4d5e6f7a8b';
const INSTALL_CODE = 'ABCDE-FGHIJ-KLMNO-PQRST-UVW23';

function controller(name: string) {
  const found = inspect().segmentControllers.find((c) => c.name === name);
  if (!found) throw new Error(`No segment controller ${name}`);
  return found;
}

function signInNorthwind() {
  const northwind = inspect().partners.find((p) => p.name === 'Northwind Controls');
  cloud().signInPartner(northwind?.id ?? '');
}

describe('bad input sent straight to the cloud: 400/422 with a code, nothing changed', () => {
  it.each([
    ...badVariants(ID, 'a', LOOKALIKE.a, '1').map(
      ([name, value]) => [name, value, 400, 'invalid_customer_id'] as const,
    ),
    ['a customer name', 'P2022-0208', 400, 'invalid_customer_id'],
    ['10,000 characters', '7'.repeat(LONG_LENGTH), 400, 'validation_failed'],
    ['a number', 42, 400, 'validation_failed'],
  ] as const)('Customer ID with %s', async (_name, customerId, status, code) => {
    const { id } = controller('Plant Room');
    await expectRefused(
      { method: 'PUT', path: `/cms/segment-controllers/${id}/customer-id`, body: { customerId } },
      status,
      code,
    );
  });

  it.each([
    ['10,000 characters', 'x'.repeat(LONG_LENGTH)],
    ['not text', { html: '<img src=x onerror=alert(1)>' }],
  ])('note with %s', async (_name, note) => {
    const licenseId = cloud().listActivatedLicenses()[0]?.licenseId ?? '';
    await expectRefused(
      { method: 'PATCH', path: `/cms/licenses/${licenseId}`, body: { note } },
      400,
      'validation_failed',
    );
  });

  const settings = (recipients: unknown[], days: unknown[] = [30]) => ({
    method: 'PUT' as const,
    path: '/cms/notification-settings',
    body: { recipients, days, notifyOnActivation: true },
  });
  it.each<readonly [string, string]>([
    ['an empty address', ''],
    ['spaces only', '   '],
    ['300 characters', `${'a'.repeat(288)}@example.com`],
    ['no @', 'facilities.example.com'],
    ['a Cyrillic а in the domain', 'user@exаmple.com'],
    ['a fullwidth digit', 'user１@example.com'],
    ['a zero-width space inside', `us${ZERO_WIDTH_SPACE}er@example.com`],
    ['a no-break space inside', `user${NO_BREAK_SPACE}@example.com`],
    ...PAYLOADS,
  ])('notification recipient with %s: 400', async (_name, recipient) => {
    await expectRefused(settings([recipient]), 400, 'validation_failed');
  });

  it.each([
    ['10,000 characters', `${'a'.repeat(LONG_LENGTH)}@example.com`, [30]],
    ['a day as text', 'ops@example.com', ['30']],
  ])('notification settings with %s: 400', async (_name, recipient, days) => {
    await expectRefused(settings([recipient], days), 400, 'validation_failed');
  });

  it.each([
    ['a negative day', [-1]],
    ['a day past 365', [366]],
    ['a fraction', [1.5]],
    ['a duplicate', [30, 30]],
  ])('notification days with %s: 400', async (_name, days) => {
    await expectRefused(settings(['ops@example.com'], days), 400, 'validation_failed');
  });

  it.each<readonly [string, unknown]>([
    ['an empty name', { name: '', contactEmails: ['ops@annex.example'] }],
    ['a blank name', { name: '   ', contactEmails: ['ops@annex.example'] }],
    [
      'a 10,000-character name',
      { name: 'P'.repeat(LONG_LENGTH), contactEmails: ['ops@annex.example'] },
    ],
    [
      'a zero-width space in the name',
      { name: `P-Annex${ZERO_WIDTH_SPACE}`, contactEmails: ['ops@annex.example'] },
    ],
    ['no contact e-mail', { name: 'P-Annex', contactEmails: [] }],
    ['a blank e-mail', { name: 'P-Annex', contactEmails: ['   '] }],
    [
      'a 10,000-character e-mail',
      { name: 'P-Annex', contactEmails: [`${'a'.repeat(LONG_LENGTH)}@annex.example`] },
    ],
    ['a Cyrillic а in an e-mail', { name: 'P-Annex', contactEmails: ['ops@аnnex.example'] }],
    [
      'a zero-width space in an e-mail',
      { name: 'P-Annex', contactEmails: [`ops@annex${ZERO_WIDTH_SPACE}.example`] },
    ],
    ...PAYLOADS.map(
      ([name, payload]) =>
        [`${name} as the e-mail`, { name: 'P-Annex', contactEmails: [payload] }] as const,
    ),
  ])('new partner customer with %s', async (_name, body) => {
    signInNorthwind();
    await expectRefused(
      { method: 'POST', path: '/partner/customers', body },
      400,
      'validation_failed',
    );
  });

  it.each([
    ['a customer that is markup', { licenseIds: [], customerId: PAYLOADS[0][1] }],
    ['license IDs that are markup', { licenseIds: [PAYLOADS[1][1]], customerId: ID }],
  ])('partner transfer with %s', async (_name, body) => {
    signInNorthwind();
    await expectRefused(
      { method: 'POST', path: '/partner/transfers', body },
      400,
      'validation_failed',
    );
  });

  const installCodeVariants = [
    ...badVariants(INSTALL_CODE, 'A', LOOKALIKE.A, '2'),
    ['a dotless ı that upper-cases to I', swapFirst(INSTALL_CODE, 'I', LOOKALIKE.dotlessI)],
    ['lower case with a dotless ı', swapFirst(INSTALL_CODE.toLowerCase(), 'i', LOOKALIKE.dotlessI)],
    ['spaces only', '   '],
  ] as const;

  it.each(installCodeVariants)(
    'maintenance file install code with %s',
    async (_name, installCode) => {
      signInNorthwind();
      const license = cloud()
        .partnerInventory()
        .customerInventory.find((l) => l.kind === 'maintenance');
      await expectRefused(
        {
          method: 'POST',
          path: '/partner/maintenance-files',
          body: { licenseId: license?.licenseId, installCode },
        },
        400,
        'validation_failed',
      );
    },
  );

  it.each(installCodeVariants)('capacity file install code with %s', async (_name, installCode) => {
    const capacity = inspect().licenses.find(
      (l) =>
        l.kind === 'capacity' &&
        l.customerId !== null &&
        l.activation === null &&
        l.supersededBy === null,
    );
    cloud().signInCustomer({ eid: capacity?.id ?? '' });
    await expectRefused(
      {
        method: 'POST',
        path: '/customer/license-files',
        body: { installCode, licenseIds: [capacity?.id] },
      },
      400,
      'invalid_install_code',
    );
  });

  it.each([
    ...badVariants(ID, 'e', LOOKALIKE.e, '1').map(
      ([name, eid]) => [`an EID with ${name}`, { eid }, 'invalid_eid'] as const,
    ),
    ['a blank EID', { eid: '   ' }, 'invalid_eid'],
    ['a 10,000-character EID', { eid: 'a'.repeat(LONG_LENGTH) }, 'validation_failed'],
    ['an e-mail with a Cyrillic а', { email: 'it@hаrbor.example' }, 'invalid_email'],
    [
      'an e-mail with a zero-width space',
      { email: `it${ZERO_WIDTH_SPACE}@harbor.example` },
      'invalid_email',
    ],
    ['an e-mail that is markup', { email: PAYLOADS[0][1] }, 'invalid_email'],
    [
      'a 10,000-character e-mail',
      { email: `${'a'.repeat(LONG_LENGTH)}@harbor.example` },
      'validation_failed',
    ],
  ] as const)('customer sign-in with %s', async (_name, body, code) => {
    await expectRefused({ method: 'POST', path: '/customer/session', body }, 400, code);
  });

  it.each([
    ...badVariants(VALID_ACTIVATION_CODE, 'E', LOOKALIKE.E, '1').map(
      ([name, code]) => [name, code, 'code_malformed'] as const,
    ),
    ['spaces only', '   ', 'code_malformed'],
    ['10,000 characters', 'A'.repeat(LONG_LENGTH), 'validation_failed'],
  ] as const)('activation code with %s', async (_name, code, errorCode) => {
    await expectRefused(
      { method: 'POST', path: '/fleet/activation-codes', body: { code } },
      400,
      errorCode,
    );
  });

  it.each([
    ['markup', [PAYLOADS[0][1]], 400],
    ['an unknown ID', [ID], 400],
    ['a 10,000-character ID', ['u'.repeat(LONG_LENGTH)], 400],
  ] as const)('expiry e-mail recipients with %s', async (_name, recipientIds, status) => {
    await expectRefused(
      { method: 'PUT', path: '/fleet/expiry-recipients', body: { recipientIds } },
      status,
      'validation_failed',
    );
  });

  it.each<readonly [string, string]>([
    ...PAYLOADS,
    ['a fullwidth date', '２０２７-０１-１５'],
    ['a day that does not exist', '2027-02-30'],
  ])('simulated clock date with %s', async (_name, to) => {
    await expectRefused(
      { method: 'POST', path: '/clock/advance', body: { to } },
      400,
      'validation_failed',
    );
  });
});
