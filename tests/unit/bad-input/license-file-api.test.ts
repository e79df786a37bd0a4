import { describe, expect, it } from 'vitest';
import { cloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { expectRefused, send } from './refusals';

/** A signed file for Plant Room with the seed's waiting capacity license. */
async function signedFile() {
  const state = inspect();
  const campus = state.customers.find((c) => c.name === 'P2022-0208');
  const capacity = state.licenses.find(
    (l) => l.customerId === campus?.id && l.kind === 'capacity' && l.activation === null,
  );
  const plantRoom = state.segmentControllers.find((c) => c.name === 'Plant Room');
  if (!capacity || !plantRoom) throw new Error('The seed has changed');
  const text = await cloud().issueOfflineFile({
    installCode: plantRoom.installCode,
    licenseIds: [capacity.id],
  });
  return { text, segmentControllerId: plantRoom.id };
}

/** The signed file with one readable line replaced. */
const editLine = (text: string, key: string, value: string) =>
  text.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: ${value}`);

/** Deterministic noise, decoded as a browser's File.text() would. */
function randomText(length: number): string {
  let seed = 0x5eed_1234;
  const bytes = Uint8Array.from({ length }, () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed >>> 24;
  });
  return new TextDecoder().decode(bytes);
}

const CASES: [string, (signed: string) => string, number, string][] = [
  ['an empty file', () => '', 422, 'not_a_license_file'],
  ['spaces and line breaks', () => ' \n\t\r\n ', 422, 'not_a_license_file'],
  ['5 MB', () => '#'.repeat(5_000_000), 413, 'file_too_large'],
  ['random bytes', () => randomText(4096), 422, 'not_a_license_file'],
  [
    'markup',
    () => '<img src=x onerror=alert(1)><script>alert(1)</script>',
    422,
    'not_a_license_file',
  ],
  ['a file cut in half', (signed) => signed.slice(0, signed.length / 2), 422, 'file_corrupt'],
  [
    'one payload character changed',
    (signed) =>
      signed.replace(/^Payload: (.)/m, (_line, first: string) =>
        first === 'e' ? 'Payload: f' : 'Payload: e',
      ),
    422,
    'bad_signature',
  ],
  [
    'markup in the readable header',
    (signed) => editLine(signed, 'License', '<img src=x onerror=alert(1)>'),
    422,
    'bad_signature',
  ],
];

describe('bad files sent straight to the cloud: refused with a code, nothing changed (SS-51)', () => {
  it.each(CASES)('preview of %s', async (_name, make, status, code) => {
    const { text } = await signedFile();
    await expectRefused(
      {
        method: 'POST',
        path: '/cms/license-files/preview',
        body: { text: make(text), segmentControllerId: null },
      },
      status,
      code,
    );
  });

  it.each(CASES)('activation of %s', async (_name, make, status, code) => {
    const { text, segmentControllerId } = await signedFile();
    await expectRefused(
      {
        method: 'POST',
        path: '/cms/license-files/activate',
        body: { text: make(text), segmentControllerId },
      },
      status,
      code,
    );
  });

  it('a file that is not text: 400', async () => {
    const { segmentControllerId } = await signedFile();
    await expectRefused(
      {
        method: 'POST',
        path: '/cms/license-files/activate',
        body: { text: [1, 2, 3], segmentControllerId },
      },
      400,
      'validation_failed',
    );
  });

  it('a replayed file: the second activation is refused with 409 and changes nothing', async () => {
    const { text, segmentControllerId } = await signedFile();
    const call = {
      method: 'POST',
      path: '/cms/license-files/activate',
      body: { text, segmentControllerId },
    } as const;
    expect((await send(call)).status).toBe(200);
    await expectRefused(call, 409, 'file_already_used');
  });
});

describe('R21 at the API: a file only for a license a customer holds', () => {
  it('refuses a file for another partner’s unsold license (409); the CMS cannot activate it', async () => {
    const state = inspect();
    const helios = state.partners.find((p) => p.name === 'Helios Integration');
    const unsold = state.licenses.find(
      (l) => l.partnerId === helios?.id && l.customerId === null && l.supersededBy === null,
    );
    const plantRoom = state.segmentControllers.find((c) => c.name === 'Plant Room');
    if (!unsold || !plantRoom) throw new Error('The seed has changed');
    await expectRefused(
      {
        method: 'POST',
        path: '/dev/license-files',
        body: { installCode: plantRoom.installCode, licenseIds: [unsold.id] },
      },
      409,
      'license_not_sold',
    );
    // Still in Helios' My Inventory, and not active anywhere.
    if (helios) cloud().signInPartner(helios.id);
    expect(
      cloud()
        .partnerInventory()
        .myInventory.map((l) => l.licenseId),
    ).toContain(unsold.id);
    expect(inspect().licenses.find((l) => l.id === unsold.id)?.activation).toBeNull();
  });

  it('refuses two license files pasted together (422), at preview and at activation', async () => {
    const first = await signedFile();
    const state = inspect();
    const campus = state.customers.find((c) => c.name === 'P2022-0208');
    const maintenance = state.licenses.find(
      (l) => l.customerId === campus?.id && l.kind === 'maintenance' && l.activation === null,
    );
    const installCode = state.segmentControllers.find(
      (c) => c.id === first.segmentControllerId,
    )?.installCode;
    const second = await cloud().issueOfflineFile({
      installCode: installCode ?? '',
      licenseIds: [maintenance?.id ?? ''],
    });
    const text = `${first.text}${second}`;
    await expectRefused(
      {
        method: 'POST',
        path: '/cms/license-files/preview',
        body: { text, segmentControllerId: null },
      },
      422,
      'several_license_files',
    );
    await expectRefused(
      {
        method: 'POST',
        path: '/cms/license-files/activate',
        body: { text, segmentControllerId: first.segmentControllerId },
      },
      422,
      'several_license_files',
    );
  });
});
