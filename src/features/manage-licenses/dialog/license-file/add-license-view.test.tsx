import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud } from '@mocks/cloud/instance';
import { found, inspect, the } from '@tests/builders';
import { watchForScripts } from '@tests/unit/bad-input/bad-values';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';

const OPEN = '/?manage=add-license';
const TODAY = '2026-11-23';
const ELSEWHERE = 'AAAAA-BBBBB-CCCCC-DDDDD-EEEEE';

/** The seed's licenses waiting for Customer ID "P2022-0208", and its segment controllers. */
function seed() {
  const state = inspect();
  const campus = found(
    state.customers.find((c) => c.name === 'P2022-0208'),
    'campus',
  );
  const waiting = state.licenses.filter(
    (l) => l.customerId === campus.id && l.activation === null && l.supersededBy === null,
  );
  const controller = (name: string) =>
    found(
      state.segmentControllers.find((c) => c.name === name),
      name,
    );
  return {
    capacity: found(
      waiting.find((l) => l.kind === 'capacity'),
      'capacity',
    ),
    oneYear: found(
      waiting.find((l) => l.kind === 'maintenance' && l.termYears === 1),
      'maintenance',
    ),
    mainHall: controller('Main Hall'),
    plantRoom: controller('Plant Room'),
  };
}

/** The license as the cloud holds it now (`seed()` answers a copy taken before the test acted). */
const current = (license: { id: string }) =>
  found(
    inspect().licenses.find((l) => l.id === license.id),
    license.id,
  );

/** Deterministic noise: the same bytes on every run. */
function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  let seed = 0x2f6b_1d3c;
  return Uint8Array.from({ length }, () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed >>> 24;
  });
}

const lic = (text: string | BlobPart[], name = 'plant-room.lic') =>
  new File(typeof text === 'string' ? [text] : text, name, { type: 'text/plain' });

async function openView() {
  const rendered = renderWithApp(<ManageLicensesDialog />, { url: OPEN });
  const dialog = await screen.findByRole('dialog', { name: /Add License/ });
  const input = await within(dialog).findByLabelText('License file');
  const upload = (file: File) => rendered.user.upload(input, file);
  return { ...rendered, dialog, upload };
}

const activateButton = (dialog: HTMLElement) =>
  within(dialog).getByRole('button', { name: 'Activate' });

describe('Add License: preview and activation (SS-50)', () => {
  it('shows what the file holds with the target it names, activates, and lists the licenses', async () => {
    const { capacity, oneYear, plantRoom } = seed();
    const text = await cloud().issueOfflineFile({
      installCode: plantRoom.installCode,
      licenseIds: [capacity.id, oneYear.id],
    });
    const { dialog, upload, user } = await openView();
    expect(within(dialog).getByRole('button', { name: 'Choose file' })).toBeVisible();

    await upload(lic(text));
    const contents = await within(dialog).findByRole('region', { name: 'License file contents' });
    expect(contents).toHaveTextContent(`Install code${plantRoom.installCode}`);
    expect(contents).toHaveTextContent(`Issued${TODAY}`);
    expect(contents).toHaveTextContent(`100-device capacity ${capacity.id}`);
    expect(contents).toHaveTextContent(`1-year maintenance (100 devices) ${oneYear.id}`);
    expect(within(dialog).getByText(/Selected file:/)).toHaveTextContent('plant-room.lic');
    const target = within(dialog).getByRole('combobox', { name: 'Target segment controller' });
    expect(target).toHaveDisplayValue(new RegExp(`^Plant Room · ${plantRoom.installCode}`));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    await user.click(activateButton(dialog));
    const result = await within(dialog).findByRole('status');
    expect(result).toHaveTextContent('2 licenses activated on Plant Room');
    // UX-1: a year from today ends with the server's day before; the test user's zone is the server's.
    expect(result).toHaveTextContent(`${oneYear.id} · expires at end of 2027-11-22 (server time)`);
    expect(current(capacity).activation).toEqual({
      segmentControllerId: plantRoom.id,
      activationDate: TODAY,
      note: '',
    });
    expect(current(oneYear).firstActivationDate).toBe(TODAY);
    expect(inspect().usedOfflineFileIds).toHaveLength(1);

    await user.click(within(dialog).getByRole('button', { name: 'Back' }));
    const list = await screen.findByRole('table', { name: 'Activated licenses', busy: false });
    expect(within(list).getByText(capacity.id)).toBeVisible();
    expect(within(list).getByText(oneYear.id)).toBeVisible();
  });

  it('opens from the toolbar of the main list', async () => {
    const { user } = renderWithApp(<ManageLicensesDialog />, { url: '/?manage=licenses' });
    const toolbar = await screen.findByRole('toolbar', { name: 'License actions' });
    await user.click(within(toolbar).getByRole('button', { name: 'Add License' }));
    expect(await screen.findByRole('dialog', { name: /Add License/ })).toBeVisible();
  });

  it('asks for a target when no segment controller has the install code, and refuses the wrong one', async () => {
    const { capacity } = seed();
    const text = await cloud().issueOfflineFile({
      installCode: ELSEWHERE,
      licenseIds: [capacity.id],
    });
    const { dialog, upload, user } = await openView();
    await upload(lic(text));
    const target = await within(dialog).findByRole('combobox', {
      name: 'Target segment controller',
    });
    expect(target).toHaveAccessibleDescription(
      `No segment controller of this CMS has install code ${ELSEWHERE}. Choose the target.`,
    );
    expect(activateButton(dialog)).toBeDisabled();

    await user.selectOptions(target, within(target).getByRole('option', { name: /^Main Hall/ }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `This file was made for install code ${ELSEWHERE}, but Main Hall has install code`,
    );
    expect(activateButton(dialog)).toBeDisabled();
    expect(current(capacity).activation).toBeNull();
    expect(inspect().usedOfflineFileIds).toEqual([]);
  });

  it('keeps the file when the user picks another target, and activates on the right one', async () => {
    const { capacity, plantRoom } = seed();
    const text = await cloud().issueOfflineFile({
      installCode: plantRoom.installCode,
      licenseIds: [capacity.id],
    });
    const { dialog, upload, user } = await openView();
    await upload(lic(text));
    const target = await within(dialog).findByRole('combobox', {
      name: 'Target segment controller',
    });
    await user.selectOptions(target, within(target).getByRole('option', { name: /^Main Hall/ }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `This file was made for install code ${plantRoom.installCode}, but Main Hall has`,
    );
    await user.selectOptions(target, within(target).getByRole('option', { name: /^Plant Room/ }));
    await within(dialog).findByText(/Activates this license on Plant Room/);
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(activateButton(dialog));
    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      '1 license activated on Plant Room',
    );
    expect(current(capacity).activation?.segmentControllerId).toBe(plantRoom.id);
  });
});

describe('Add License: refusals, each with its own message, nothing changed (SS-51)', () => {
  async function issued() {
    const { capacity, plantRoom } = seed();
    const text = await cloud().issueOfflineFile({
      installCode: plantRoom.installCode,
      licenseIds: [capacity.id],
    });
    return { text, capacity, plantRoom };
  }

  async function expectRefused(file: File, message: string | RegExp) {
    const before = inspect();
    const scripts = watchForScripts();
    const { dialog, upload } = await openView();
    await upload(file);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    expect(within(dialog).queryByRole('button', { name: 'Activate' })).not.toBeInTheDocument();
    expect(inspect()).toEqual(before);
    scripts.check();
  }

  /** The same signed file with one line changed. */
  const editLine = (text: string, key: string, edit: (value: string) => string) =>
    text.replace(
      new RegExp(`^${key}: (.*)$`, 'm'),
      (_line, value: string) => `${key}: ${edit(value)}`,
    );
  const flipFirst = (value: string) => `${value.startsWith('e') ? 'f' : 'e'}${value.slice(1)}`;

  const TOO_LARGE =
    'This file is larger than 1 MiB, so it is not a license file. Choose the .lic file you received.';
  const EMPTY = 'This file is empty. Choose the .lic file you received.';
  const BINARY = 'This file is not a license file: it holds binary data, not text.';
  const NOT_LICENSE = 'This file is not a SmartServer license file: it has no license file header.';
  const CHANGED =
    'This license file was changed after it was issued: its header does not match its signed contents.';
  const HTML = '<img src=x onerror=alert(1)>';

  it.each<[string, (signed: string) => File, string | RegExp]>([
    [
      'a file over 1 MiB, before reading or sending it',
      () => lic(['#'.repeat(1_048_577)], 'huge.lic'),
      `huge.lic: ${TOO_LARGE}`,
    ],
    [
      '5 MB named with markup, shown as text',
      () => lic([new Uint8Array(5_000_000)], `${HTML}.lic`),
      `${HTML}.lic: ${TOO_LARGE}`,
    ],
    ['an empty file', () => lic(''), EMPTY],
    ['a file of spaces and line breaks', () => lic('  \n\t\r\n  '), EMPTY],
    [
      'a binary file',
      () => lic([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0xff])]),
      BINARY,
    ],
    ['4 KiB of random bytes', () => lic([randomBytes(4096)]), BINARY],
    [
      'a text file that is not a license file',
      () => lic('Dear customer, thank you for your order.'),
      NOT_LICENSE,
    ],
    ['markup saved as .lic', () => lic(`${HTML}<script>alert(1)</script>`), NOT_LICENSE],
    [
      'a file cut in half',
      (signed) => lic(signed.slice(0, Math.floor(signed.length / 2))),
      'This license file is incomplete: it stops before its last line. Copy or download it again.',
    ],
    [
      'a tampered file',
      (signed) => lic(editLine(signed, 'Payload', flipFirst)),
      /signature is not valid/,
    ],
    [
      'a tampered signature',
      (signed) => lic(editLine(signed, 'Signature', flipFirst)),
      /signature is not valid/,
    ],
    [
      'a file whose readable install code was edited',
      (signed) => lic(signed.replace(seed().plantRoom.installCode, ELSEWHERE)),
      CHANGED,
    ],
    [
      'a file whose readable license line holds markup',
      (signed) => lic(editLine(signed, 'License', () => HTML)),
      CHANGED,
    ],
    [
      'two license files pasted into one, rather than one of them used silently',
      (signed) => lic(`${signed}\n${signed}`),
      'This file holds 2 license files. Add one license file at a time: each is made for one install code and can be activated once.',
    ],
  ])('%s', async (_name, file, message) => {
    const { text } = await issued();
    await expectRefused(file(text), message);
  });

  it('a file used twice', async () => {
    const { text, plantRoom, capacity } = await issued();
    const { fileId } = await cloud().activateOfflineFile(
      { text, segmentControllerId: plantRoom.id },
      null,
    );
    the.license(capacity.id).notActivated();
    const { dialog, upload } = await openView();
    await upload(lic(text));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `This license file (${fileId}) was already used. Each file can be activated once.`,
    );
    expect(activateButton(dialog)).toBeDisabled();
  });

  it('a license activated elsewhere after the preview: the cloud refuses and the file stays', async () => {
    const { text, capacity, plantRoom } = await issued();
    const { mainHall } = seed();
    const { dialog, upload, user } = await openView();
    await upload(lic(text));
    await within(dialog).findByText(/Activates this license on Plant Room/);
    the.license(capacity.id).activatedOn(mainHall, TODAY);

    await user.click(activateButton(dialog));
    const alerts = await within(dialog).findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent(`License ${capacity.id} is already active on Main Hall.`);
    expect(inspect().usedOfflineFileIds).toEqual([]);
    expect(within(dialog).getByText(/Selected file:/)).toHaveTextContent('plant-room.lic');
    expect(
      within(dialog).getByRole('combobox', { name: 'Target segment controller' }),
    ).toHaveDisplayValue(new RegExp(`^Plant Room · ${plantRoom.installCode}`));
  });

  it('a license an online activation started on after the preview: 409, nothing changed (R7)', async () => {
    const { text, capacity } = await issued();
    const { mainHall } = seed();
    const { dialog, upload, user } = await openView();
    await upload(lic(text));
    await within(dialog).findByText(/Activates this license on Plant Room/);
    the.cloud().activationTakes(60_000);
    cloud().startActivation([{ segmentControllerId: mainHall.id, licenseId: capacity.id }], null);

    await user.click(activateButton(dialog));
    const alerts = await within(dialog).findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent(
      `License ${capacity.id} is being activated right now, so activating it from a file is not possible. Wait until the activation has finished.`,
    );
    expect(inspect().usedOfflineFileIds).toEqual([]);
    expect(current(capacity).activation).toBeNull();
    expect(within(dialog).getByText(/Selected file:/)).toHaveTextContent('plant-room.lic');
    // The preview was checked again: the cloud's truth now stands in the way of the file.
    expect(
      await within(dialog).findByText('This file cannot be activated on Plant Room'),
    ).toBeVisible();
    await waitFor(() => expect(activateButton(dialog)).toBeDisabled());
  });

  it('a superseded license, naming its successor (PP-5)', async () => {
    const { text, capacity } = await issued();
    const successor = '11111111-2222-4333-8444-555555555555';
    the.license(capacity.id).replacedBy(successor);
    const { dialog, upload } = await openView();
    await upload(lic(text));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `License ${capacity.id} was replaced by ${successor} in a partner transfer`,
    );
    expect(activateButton(dialog)).toBeDisabled();
    expect(current(capacity).activation).toBeNull();
  });
});
