import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { enterText } from '@tests/enter-text';
import { renderWithApp } from '@tests/render';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import {
  cloudSnapshot,
  inParts,
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

/** Case name, value, and the message the field must show (null: nothing happens at all). */
type Case = readonly [string, string, string | null];

const ID = '0b6f3a52-9d1e-4c1f-8a2b-3c4d5e6f7a8b';
const ID_FORMAT = 'A Customer ID looks like 2133c667-af41-4518-94df-a2bb3b775330.';
const LATIN = 'Latin letters and digits';

const CUSTOMER_ID_CASES: Case[] = [
  ['spaces only', '   ', 'Enter a Customer ID, such as 2133c667-af41-4518-94df-a2bb3b775330.'],
  ['10,000 characters', '7'.repeat(LONG_LENGTH), ID_FORMAT],
  ['a customer name instead of an ID', 'P2022-0208', ID_FORMAT],
  ['a Cyrillic а', swapFirst(ID, 'a', LOOKALIKE.a), notOne(LATIN, NAMED.cyrillicA)],
  ['a Cyrillic е', swapFirst(ID, 'e', LOOKALIKE.e), notOne(LATIN, NAMED.cyrillicE)],
  ['a fullwidth １', swapFirst(ID, '1', LOOKALIKE.one), notOne(LATIN, NAMED.fullwidthOne)],
  [
    'a zero-width space inside',
    insertAt(ID, 8, ZERO_WIDTH_SPACE),
    notOne(LATIN, NAMED.zeroWidthSpace),
  ],
  ['a no-break space inside', insertAt(ID, 8, NO_BREAK_SPACE), notOne(LATIN, NAMED.noBreakSpace)],
  ...PAYLOADS.map(([name, payload]): Case => [name, payload, ID_FORMAT]),
];

describe('bad input: Customer ID (SS-22), on the field and nothing saved', () => {
  it.each(inParts(CUSTOMER_ID_CASES))(
    'refuses bad values %s next to the field',
    async (_part, cases) => {
      const scripts = watchForScripts();
      const before = cloudSnapshot();
      const sent = watchCommands();
      const { user } = renderWithApp(<ManageLicensesDialog />, {
        url: '/?manage=customer-accounts',
      });
      const table = await screen.findByRole('table', { name: 'Customer accounts', busy: false });
      const field = within(table).getByRole('textbox', { name: 'Customer ID for Plant Room' });
      const row = within(field.closest('tr') ?? table);
      for (const [name, value, message] of cases) {
        await replaceText(user, field, value);
        await user.type(field, '{Enter}');
        expect(field, name).toHaveAccessibleDescription(message ?? '');
        expect(row.getByRole('button', { name: 'Save Changes' }), name).toBeDisabled();
        expect(inspect(), name).toEqual(before);
      }
      expect(sent).toEqual([]);
      scripts.check();
    },
  );
});

describe('bad input: the note (SS-7) is free text, shown as text', () => {
  async function openNoteOf(licenseIndex: number) {
    const view = renderWithApp(<ManageLicensesDialog />, { url: '/?manage=licenses' });
    const dialog = await screen.findByRole('dialog', { name: 'Manage Licenses' });
    await within(dialog).findByRole('table', { name: 'Activated licenses', busy: false });
    const license = cloud()
      .listActivatedLicenses()
      .filter((l) => l.note === '')[licenseIndex];
    if (!license) throw new Error('The seed has no license without a note');
    return { ...view, dialog: within(dialog), licenseId: license.licenseId };
  }
  const noteOf = (licenseId: string) =>
    cloud()
      .listActivatedLicenses()
      .find((l) => l.licenseId === licenseId)?.note;

  it('refuses 10,000 characters next to the field, and sends nothing', async () => {
    const before = cloudSnapshot();
    const sent = watchCommands();
    const { user, dialog, licenseId } = await openNoteOf(0);
    await user.click(dialog.getByRole('button', { name: `Add a note to license ${licenseId}` }));
    const field = dialog.getByRole('textbox', { name: `Note for license ${licenseId}` });
    await replaceText(user, field, 'x'.repeat(LONG_LENGTH));
    await user.type(field, '{Enter}');
    expect(field).toHaveAccessibleDescription('A note has at most 255 characters.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([]);
    expect(inspect()).toEqual(before);
  });

  it('refuses a pasted control character, bidi override or isolate, or lone surrogate next to the field', async () => {
    const before = cloudSnapshot();
    const sent = watchCommands();
    const { user, dialog, licenseId } = await openNoteOf(0);
    await user.click(dialog.getByRole('button', { name: `Add a note to license ${licenseId}` }));
    const field = dialog.getByRole('textbox', { name: `Note for license ${licenseId}` });
    await enterText(user, field, 'Cabinet \u202E4{Enter}');
    expect(field).toHaveAccessibleDescription(
      'A note cannot contain an invisible character (U+202E).',
    );
    for (const [text, named] of [
      ['Cabinet \u00004', 'an invisible character (U+0000)'],
      ['Cabinet \u20684', 'an invisible character (U+2068)'],
      ['Cabinet \ud8004', 'an incomplete character (U+D800)'],
    ] as const) {
      await replaceText(user, field, text);
      await user.type(field, '{Enter}');
      expect(field, named).toHaveAccessibleDescription(`A note cannot contain ${named}.`);
      expect(field, named).toHaveAttribute('aria-invalid', 'true');
    }
    expect(sent).toEqual([]);
    expect(inspect()).toEqual(before);
  });

  it('sends nothing for an empty or blank note where there was none', async () => {
    const before = cloudSnapshot();
    const sent = watchCommands();
    const { user, dialog, licenseId } = await openNoteOf(0);
    for (const blank of ['', '   ']) {
      await user.click(dialog.getByRole('button', { name: `Add a note to license ${licenseId}` }));
      const field = dialog.getByRole('textbox', { name: `Note for license ${licenseId}` });
      await replaceText(user, field, blank);
      await user.type(field, '{Enter}');
      expect(
        dialog.getByRole('button', { name: `Add a note to license ${licenseId}` }),
      ).toBeVisible();
    }
    expect(sent).toEqual([]);
    expect(inspect()).toEqual(before);
  });

  it.each<readonly [string, string]>([
    ...PAYLOADS,
    ['Cyrillic look-alikes', `Сabinet ${LOOKALIKE.A}${LOOKALIKE.one}`],
    ['a zero-width space', `Cabinet${ZERO_WIDTH_SPACE}4`],
  ])('saves %s verbatim and shows it as text; no script runs', async (_name, text) => {
    const scripts = watchForScripts();
    const { user, dialog, licenseId } = await openNoteOf(0);
    await user.click(dialog.getByRole('button', { name: `Add a note to license ${licenseId}` }));
    const field = dialog.getByRole('textbox', { name: `Note for license ${licenseId}` });
    await replaceText(user, field, text);
    await user.type(field, '{Enter}');
    const saved = await dialog.findByRole('button', { name: `Edit note: ${text}` });
    expect(saved).toHaveTextContent(text);
    await waitFor(() => expect(noteOf(licenseId)).toBe(text));
    scripts.check();
  });
});

const EMAIL = 'facilities@example.com';
const EMAIL_ALLOWED = 'Latin letters, digits and punctuation';
const RECIPIENT_CASES: Case[] = [
  ['empty', '', null],
  ['spaces only', '   ', 'Enter an e-mail address.'],
  [
    '10,000 characters',
    `${'a'.repeat(LONG_LENGTH)}@example.com`,
    'An e-mail address has at most 254 characters.',
  ],
  ['no @', 'facilities.example.com', 'facilities.example.com is not a valid e-mail address.'],
  ['a Cyrillic а in the domain', 'user@exаmple.com', notOne(EMAIL_ALLOWED, NAMED.cyrillicA)],
  ['a fullwidth １', 'user１@example.com', notOne(EMAIL_ALLOWED, NAMED.fullwidthOne)],
  [
    'a zero-width space inside',
    insertAt(EMAIL, 4, ZERO_WIDTH_SPACE),
    notOne(EMAIL_ALLOWED, NAMED.zeroWidthSpace),
  ],
  [
    'a no-break space inside',
    insertAt(EMAIL, 10, NO_BREAK_SPACE),
    notOne(EMAIL_ALLOWED, NAMED.noBreakSpace),
  ],
  ...PAYLOADS.map(([name, payload]): Case => [
    name,
    payload,
    `${payload} is not a valid e-mail address.`,
  ]),
];

const DAYS = 'the digits 0–9';
const DAY_CASES: Case[] = [
  ['empty', '', null],
  ['spaces only', '   ', 'Enter a number of days, like 30.'],
  ['10,000 digits', '9'.repeat(LONG_LENGTH), 'Days before expiry are 0 to 365.'],
  ['words', '14 days', 'Enter a number of days, like 30.'],
  ['a Cyrillic З for 3', 'З0', notOne(DAYS, '“З” (U+0417)')],
  ['a fullwidth １', `${LOOKALIKE.one}4`, notOne(DAYS, NAMED.fullwidthOne)],
  ['a zero-width space inside', `1${ZERO_WIDTH_SPACE}4`, notOne(DAYS, NAMED.zeroWidthSpace)],
  ['a no-break space inside', `1${NO_BREAK_SPACE}4`, notOne(DAYS, NAMED.noBreakSpace)],
  ...PAYLOADS.map(([name, payload]): Case => [name, payload, 'Enter a number of days, like 30.']),
];

describe('bad input: Edit Notifications (SS-60), on the field and nothing saved', () => {
  async function openForm() {
    const view = renderWithApp(<ManageLicensesDialog />, { url: '/?manage=notifications' });
    const dialog = within(await screen.findByRole('dialog', { name: /Edit Notifications/ }));
    const chips = (label: string) =>
      dialog.queryByRole('list', { name: label })?.querySelectorAll('li').length ?? 0;
    return { ...view, dialog, chips };
  }

  it.each([
    ['Add a recipient', 'Recipients', RECIPIENT_CASES],
    ['Add a notification day', 'Notification days', DAY_CASES],
  ] as const)('"%s" refuses each bad value next to the box', async (box, list, cases) => {
    const scripts = watchForScripts();
    const before = cloudSnapshot();
    const sent = watchCommands();
    const { user, dialog, chips } = await openForm();
    const field = await dialog.findByRole('textbox', { name: box });
    const chipsBefore = chips(list);
    for (const [name, value, message] of cases) {
      await replaceText(user, field, value);
      await user.type(field, '{Enter}');
      if (message === null) expect(field, name).toHaveAttribute('aria-invalid', 'false');
      else {
        expect(field, name).toHaveAccessibleDescription(message);
        expect(field, name).toHaveAttribute('aria-invalid', 'true');
      }
      expect(chips(list), name).toBe(chipsBefore);
      expect(inspect(), name).toEqual(before);
    }
    expect(sent).toEqual([]);
    scripts.check();
  });
});
