import { describe, expect, it } from 'vitest';
import { cloud } from '@mocks/cloud/instance';
import { found, inspect } from '@tests/builders';
import { errorBodySchema } from '@/api/contract/common';
import { MAX_LICENSES_PER_COMMAND, MAX_LICENSES_PER_FILE } from '@/api/contract/common';
import { callApi, cloudSnapshot } from '../call-api';
import { LONG_LENGTH } from './bad-values';
import { expectRefused, send } from './refusals';

/**
 * Issue 16, text hygiene and limits, sent straight to the cloud: free text refuses control
 * characters, bidi overrides and isolates and lone surrogates with 400; lists have maxima; no
 * answer repeats an over-long value back.
 */

const controller = (name: string) =>
  found(
    inspect().segmentControllers.find((c) => c.name === name),
    name,
  );

function signInNorthwind() {
  const northwind = found(
    inspect().partners.find((p) => p.name === 'Northwind Controls'),
    'Northwind',
  );
  cloud().signInPartner(northwind.id);
}

/** Characters no free text may hold, named as the message names them. */
const UNSAFE: [string, string, string][] = [
  ['a NUL', '\u0000', 'an invisible character (U+0000)'],
  ['a line break', '\n', 'an invisible character (U+000A)'],
  ['an escape', '\u001B', 'an invisible character (U+001B)'],
  ['a right-to-left override', '\u202E', 'an invisible character (U+202E)'],
  ['a left-to-right embedding', '\u202A', 'an invisible character (U+202A)'],
  ['a right-to-left isolate', '\u2067', 'an invisible character (U+2067)'],
  ['a pop directional isolate', '\u2069', 'an invisible character (U+2069)'],
  ['a lone high surrogate', '\ud800', 'an incomplete character (U+D800)'],
  ['a lone low surrogate', '\udfff', 'an incomplete character (U+DFFF)'],
];

/** The words of a refusal (expectRefused has checked its status and code). */
async function refusalMessage(call: Parameters<typeof send>[0]) {
  const { answer } = await send(call);
  const parsed = errorBodySchema.safeParse(answer);
  return parsed.success ? parsed.data.message : null;
}

describe('free text refuses what would hide or break it: 400, nothing changed', () => {
  it.each(UNSAFE)('a note with %s', async (_name, char, named) => {
    const licenseId = found(cloud().listActivatedLicenses()[0], 'activated license').licenseId;
    const call = {
      method: 'PATCH' as const,
      path: `/cms/licenses/${licenseId}`,
      body: { note: `Cabinet ${char}4` },
    };
    await expectRefused(call, 400, 'validation_failed');
    expect(await refusalMessage(call)).toBe(`A note cannot contain ${named}.`);
  });

  it.each(UNSAFE)('a new customer’s name with %s', async (_name, char, named) => {
    signInNorthwind();
    const call = {
      method: 'POST' as const,
      path: '/partner/customers',
      body: { name: `P-Annex ${char}2`, contactEmails: ['ops@annex.example'] },
    };
    await expectRefused(call, 400, 'validation_failed');
    expect(await refusalMessage(call)).toBe(`A customer name cannot contain ${named}.`);
  });

  // A lone surrogate cannot travel in a URL at all (encodeURIComponent refuses it).
  it.each(UNSAFE.filter(([, char]) => !/\p{Cs}/u.test(char)))(
    'a fleet search with %s',
    async (_name, char, named) => {
      const before = cloudSnapshot();
      const search = encodeURIComponent(`EF${char}1`);
      const answer = await callApi({ method: 'GET', path: `/fleet/sensors/page?search=${search}` });
      expect(answer).toEqual({
        status: 400,
        body: expect.objectContaining({
          code: 'validation_failed',
          message: `A search cannot contain ${named}.`,
        }) as unknown,
      });
      expect(cloudSnapshot()).toEqual(before);
    },
  );

  it('still takes other scripts, emoji and a zero-width space in a note', async () => {
    const licenseId = found(cloud().listActivatedLicenses()[0], 'activated license').licenseId;
    const note = 'Schrank Nord – שלום – 😀 – Cabinet\u200B4';
    const { status } = await send({
      method: 'PATCH',
      path: `/cms/licenses/${licenseId}`,
      body: { note },
    });
    expect(status).toBe(200);
    expect(cloud().listActivatedLicenses()[0]?.note).toBe(note);
  });
});

describe('lists in a request have maxima, each with its message: 400, nothing changed', () => {
  const manyIds = (count: number) =>
    Array.from(
      { length: count },
      (_, n) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    );
  const tooMany = `Choose at most ${MAX_LICENSES_PER_COMMAND} licenses at a time.`;

  it.each([
    [
      'an activation',
      () => ({
        method: 'POST' as const,
        path: '/cms/activation-jobs',
        body: {
          items: manyIds(MAX_LICENSES_PER_COMMAND + 1).map((licenseId) => ({
            segmentControllerId: controller('Main Hall').id,
            licenseId,
          })),
        },
      }),
      tooMany,
    ],
    [
      'a transfer to the cloud',
      () => ({
        method: 'POST' as const,
        path: '/cms/license-transfers',
        body: { licenseIds: manyIds(MAX_LICENSES_PER_COMMAND + 1) },
      }),
      tooMany,
    ],
    [
      'a partner transfer',
      () => {
        signInNorthwind();
        const customerId = found(cloud().partnerCustomers()[0], 'customer').id;
        return {
          method: 'POST' as const,
          path: '/partner/transfers',
          body: { licenseIds: manyIds(MAX_LICENSES_PER_COMMAND + 1), customerId },
        };
      },
      tooMany,
    ],
    [
      'a license file',
      () => ({
        method: 'POST' as const,
        path: '/dev/license-files',
        body: {
          installCode: controller('Plant Room').installCode,
          licenseIds: manyIds(MAX_LICENSES_PER_FILE + 1),
        },
      }),
      `A license file holds at most ${MAX_LICENSES_PER_FILE} licenses.`,
    ],
  ])('%s with one license too many', async (_name, call, message) => {
    await expectRefused(call(), 400, 'validation_failed');
    expect(await refusalMessage(call())).toBe(message);
  });
});

describe('nothing repeats an over-long value back (issue 16: reset echoed a 20 MB name)', () => {
  it('a scenario name of 10,000 characters: 400 without the name', async () => {
    const scenario = 'x'.repeat(LONG_LENGTH);
    const call = { method: 'POST' as const, path: '/dev/reset', body: { scenario } };
    await expectRefused(call, 400, 'validation_failed');
    const { answer } = await send(call);
    expect(answer).toEqual({
      code: 'validation_failed',
      message: 'A scenario name has at most 64 characters.',
      details: { fields: { scenario: 'A scenario name has at most 64 characters.' } },
    });
  });

  it('a short unknown scenario name is named back', async () => {
    await expectRefused(
      { method: 'POST', path: '/dev/reset', body: { scenario: 'no-such-site' } },
      404,
      'scenario_not_found',
    );
    expect(
      await refusalMessage({
        method: 'POST',
        path: '/dev/reset',
        body: { scenario: 'no-such-site' },
      }),
    ).toBe('No scenario called no-such-site.');
  });

  it('a queued license ID of 10,000 characters (not a UUID): 400 without it', async () => {
    cloud().signInFleetAs('Administrator');
    const serial = found(inspect().fleet.sensors[0], 'sensor').serial;
    const answer = await callApi({
      method: 'DELETE',
      path: `/fleet/sensors/${serial}/queue/${'L'.repeat(LONG_LENGTH)}`,
    });
    expect(answer).toMatchObject({ status: 400, body: { code: 'validation_failed' } });
    expect(JSON.stringify(answer.body)).not.toContain('LLLL');
  });

  it('an unknown sensor serial of 10,000 characters: 404 without the serial', async () => {
    cloud().signInFleetAs('Administrator');
    const answer = await callApi({
      method: 'GET',
      path: `/fleet/sensors/${'S'.repeat(LONG_LENGTH)}`,
    });
    expect(answer).toEqual({
      status: 404,
      body: {
        code: 'sensor_not_found',
        message: 'No sensor with this serial number in this fleet.',
      },
    });
  });
});
