import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { inspect } from '@tests/builders';
import { VALID_ACTIVATION_CODE } from '@mocks/cloud/fleet-seed';
import { server } from '@mocks/node';
import { renderWithApp } from '@tests/render';
import { ActivationCodeDialog } from '@/features/license-manager/summary/activation-code-dialog';
import { LicenseManagerPage } from '@/features/license-manager/license-manager-page';
import {
  cloudSnapshot,
  insertAt,
  LONG_LENGTH,
  LOOKALIKE,
  NAMED,
  NO_BREAK_SPACE,
  notOne,
  PAYLOADS,
  replaceText,
  swapFirst,
  watchCommands,
  watchForScripts,
  ZERO_WIDTH_SPACE,
} from './bad-values';

type Case = readonly [string, string, string];

// jsdom lays nothing out: give the table's scroll box a height so the virtualizer renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});

const CODE = VALID_ACTIVATION_CODE;
const CODE_FORMAT =
  'An activation code is four groups of four letters or digits, like EF7Q-2K9M-XR4D-81NB.';
const LATIN = 'Latin letters and digits';
const CODE_CASES: Case[] = [
  ['empty', '', 'Enter the activation code.'],
  ['spaces only', '   ', 'Enter the activation code.'],
  ['10,000 characters', 'A'.repeat(LONG_LENGTH), CODE_FORMAT],
  ['two groups only', CODE.slice(0, 9), CODE_FORMAT],
  ['a Cyrillic Е', swapFirst(CODE, 'E', LOOKALIKE.E), notOne(LATIN, NAMED.cyrillicCapitalE)],
  [
    'a Cyrillic е in lower case',
    swapFirst(CODE.toLowerCase(), 'e', LOOKALIKE.e),
    notOne(LATIN, NAMED.cyrillicE),
  ],
  ['a fullwidth １', swapFirst(CODE, '1', LOOKALIKE.one), notOne(LATIN, NAMED.fullwidthOne)],
  [
    'a zero-width space inside',
    insertAt(CODE, 4, ZERO_WIDTH_SPACE),
    notOne(LATIN, NAMED.zeroWidthSpace),
  ],
  ['a no-break space inside', insertAt(CODE, 4, NO_BREAK_SPACE), notOne(LATIN, NAMED.noBreakSpace)],
  ...PAYLOADS.map(([name, payload]): Case => [name, payload, CODE_FORMAT]),
];

describe('bad input: Activation Code (LM-2), on the field and nothing redeemed', () => {
  it(`refuses each of ${CODE_CASES.length} bad codes next to the field`, async () => {
    const scripts = watchForScripts();
    const before = cloudSnapshot();
    const sent = watchCommands();
    const { user } = renderWithApp(<ActivationCodeDialog open onClose={() => undefined} />);
    const dialog = within(await screen.findByRole('dialog', { name: 'Add licenses' }));
    const field = dialog.getByRole('textbox', { name: 'Activation Code' });
    for (const [name, value, message] of CODE_CASES) {
      await replaceText(user, field, value);
      await user.click(dialog.getByRole('button', { name: 'Add' }));
      await waitFor(() => expect(field, name).toHaveAccessibleDescription(message));
      expect(field, name).toHaveAttribute('aria-invalid', 'true');
    }
    expect(sent).toEqual([]);
    expect(inspect()).toEqual(before);
    scripts.check();
  });
});

const CYRILLIC_FOR: Record<string, string> = { A: 'А', B: 'В', C: 'С', E: 'Е' };

describe('bad input: fleet search (LM-8)', () => {
  it('finds nothing for a payload or a look-alike of a serial, says so, and no script runs', async () => {
    const sensor = inspect().fleet.sensors.find((s) => /[ABCE]/.test(s.serial));
    if (!sensor) throw new Error('The seed has no serial with A, B, C or E');
    const letter = /[ABCE]/.exec(sensor.serial)?.[0] ?? 'A';
    const lookalikeSerial = swapFirst(sensor.serial, letter, CYRILLIC_FOR[letter] ?? letter);
    const scripts = watchForScripts();
    const { user } = renderWithApp(<LicenseManagerPage />, { url: '/fleet' });
    await screen.findByRole('table', { name: 'Sensors', busy: false });
    const search = screen.getByRole('searchbox', { name: 'Search serial number or name' });
    for (const text of [...PAYLOADS.map(([, payload]) => payload), lookalikeSerial]) {
      await replaceText(user, search, text);
      expect(await screen.findByText('No sensors match'), text).toBeVisible();
      expect(search, text).toHaveAttribute('aria-invalid', 'false');
      await replaceText(user, search, '');
      await screen.findByRole('table', { name: 'Sensors', busy: false });
    }
    await replaceText(user, search, sensor.serial);
    const table = await screen.findByRole('table', { name: 'Sensors', busy: false });
    expect(await within(table).findByText(sensor.serial)).toBeVisible();
    scripts.check();
  });
  // Over 100 characters: license-manager-page.test.tsx (the message on the field, nothing sent).

  it('refuses a pasted bidi override or control character next to the field, and never sends it', async () => {
    const requested: string[] = [];
    const listener = ({ request }: { request: Request }) => {
      requested.push(new URL(request.url).searchParams.get('search') ?? '');
    };
    server.events.on('request:start', listener);
    onTestFinished(() => {
      server.events.removeListener('request:start', listener);
    });
    const { user } = renderWithApp(<LicenseManagerPage />, { url: '/fleet' });
    await screen.findByRole('table', { name: 'Sensors', busy: false });
    const search = screen.getByRole('searchbox', { name: 'Search serial number or name' });
    for (const [char, named] of [
      ['\u202E', 'an invisible character (U+202E)'],
      ['\u2067', 'an invisible character (U+2067)'],
      ['\u0007', 'an invisible character (U+0007)'],
    ] as const) {
      await replaceText(user, search, `EF${char}1`);
      expect(search, named).toHaveAccessibleDescription(`A search cannot contain ${named}.`);
      expect(search, named).toHaveAttribute('aria-invalid', 'true');
    }
    expect(requested.filter((search) => search.includes('EF'))).toEqual([]);
  });
});
