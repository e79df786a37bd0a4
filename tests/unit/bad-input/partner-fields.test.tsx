import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { renderWithApp } from '@tests/render';
import { PartnerPortalPage } from '@/features/partner-portal/partner-portal-page';
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
import { INSTALL_CODE_CASES } from './install-code-cases';

type Case = readonly [string, string, string];

function signInNorthwind() {
  const northwind = inspect().partners.find((p) => p.name === 'Northwind Controls');
  cloud().signInPartner(northwind?.id ?? '');
}

async function openNewCustomer() {
  signInNorthwind();
  const view = renderWithApp(<PartnerPortalPage />, { url: '/partner' });
  await view.user.click(await screen.findByRole('button', { name: 'New customer' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'New customer' }));
  return {
    ...view,
    name: dialog.getByRole('textbox', { name: 'Customer name' }),
    emails: dialog.getByRole('textbox', { name: 'Add a contact e-mail' }),
    create: dialog.getByRole('button', { name: 'Create customer' }),
  };
}

const NAME_CASES: Case[] = [
  ['empty', '', 'Enter a customer name.'],
  ['spaces only', '   ', 'Enter a customer name.'],
  ['10,000 characters', 'P'.repeat(LONG_LENGTH), 'A customer name has at most 100 characters.'],
  [
    'a zero-width space inside',
    `P-Annex${ZERO_WIDTH_SPACE}`,
    'A customer name cannot contain an invisible character (U+200B).',
  ],
  [
    'a right-to-left override',
    'P-\u202EXENNA',
    'A customer name cannot contain an invisible character (U+202E).',
  ],
  [
    'a left-to-right isolate',
    'P-\u2066Annex\u2069',
    'A customer name cannot contain an invisible character (U+2066).',
  ],
  ['a NUL', 'P-Annex\u00002', 'A customer name cannot contain an invisible character (U+0000).'],
  [
    'a lone surrogate',
    'P-Annex\ud800',
    'A customer name cannot contain an incomplete character (U+D800).',
  ],
];

const EMAIL = 'ops@annex.example';
const EMAIL_ALLOWED = 'Latin letters, digits and punctuation';
const NOT_EMAILS = 'Enter a valid e-mail address.';
const EMAILS_CASES: Case[] = [
  ['empty', '', 'Add at least one contact e-mail.'],
  ['spaces only', '   ', 'Add at least one contact e-mail.'],
  [
    '10,000 characters',
    `${'a'.repeat(LONG_LENGTH)}@annex.example`,
    'An e-mail address has at most 254 characters.',
  ],
  ['no @', 'ops.annex.example', NOT_EMAILS],
  ['a Cyrillic а', swapFirst(EMAIL, 'a', LOOKALIKE.a), notOne(EMAIL_ALLOWED, NAMED.cyrillicA)],
  [
    'a fullwidth １',
    `ops${LOOKALIKE.one}@annex.example`,
    notOne(EMAIL_ALLOWED, NAMED.fullwidthOne),
  ],
  [
    'a zero-width space inside',
    insertAt(EMAIL, 3, ZERO_WIDTH_SPACE),
    notOne(EMAIL_ALLOWED, NAMED.zeroWidthSpace),
  ],
  [
    'a no-break space inside',
    insertAt(EMAIL, 9, NO_BREAK_SPACE),
    notOne(EMAIL_ALLOWED, NAMED.noBreakSpace),
  ],
  ...PAYLOADS.map(([name, payload]): Case => [name, payload, NOT_EMAILS]),
];

describe('bad input: New customer (PP-2), on the field and nothing created', () => {
  it.each([
    ['Customer name', NAME_CASES, 'name', EMAIL],
    ['Contact e-mails', EMAILS_CASES, 'emails', 'P-Annex'],
  ] as const)(
    '"%s" refuses each bad value next to the field',
    async (_label, cases, key, other) => {
      const scripts = watchForScripts();
      const before = cloudSnapshot();
      const sent = watchCommands();
      const form = await openNewCustomer();
      const field = form[key];
      await replaceText(form.user, key === 'name' ? form.emails : form.name, other);
      for (const [name, value, message] of cases) {
        await replaceText(form.user, field, value);
        await form.user.click(form.create);
        await waitFor(() => expect(field, name).toHaveAccessibleDescription(message));
        expect(field, name).toHaveAttribute('aria-invalid', 'true');
      }
      expect(sent).toEqual([]);
      expect(inspect().customers).toEqual(before.customers);
      scripts.check();
    },
  );

  it.each<readonly [string, string]>([
    ...PAYLOADS,
    ['Cyrillic look-alikes', `P-${LOOKALIKE.A}nnex ${LOOKALIKE.one}`],
    ['a no-break space', `P-Annex${NO_BREAK_SPACE}2`],
  ])('creates a customer named with %s, shown as text; no script runs', async (_name, text) => {
    const scripts = watchForScripts();
    const form = await openNewCustomer();
    await replaceText(form.user, form.name, text);
    await replaceText(form.user, form.emails, EMAIL);
    await form.user.click(form.create);
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'New customer' })).not.toBeInTheDocument(),
    );
    const list = within(screen.getByRole('list', { name: 'Customers' }));
    // As typed: the default matcher would turn the no-break space into a space.
    expect(await list.findByText(text, { normalizer: (shown) => shown })).toBeVisible();
    expect(inspect().customers.some((c) => c.name === text)).toBe(true);
    scripts.check();
  });
});

describe('bad input: Issue maintenance file (PP-7), on the field and nothing issued', () => {
  it.each(inParts(INSTALL_CODE_CASES))(
    'refuses bad install codes %s next to the field',
    async (_part, cases) => {
      signInNorthwind();
      const scripts = watchForScripts();
      const sent = watchCommands();
      const { user } = renderWithApp(<PartnerPortalPage />, {
        url: '/partner?tab=customer-inventory&q=PO-3920',
      });
      const table = await screen.findByRole('table', { name: 'Customer Inventory', busy: false });
      await user.click(within(table).getByRole('button', { name: /^Issue maintenance file for/ }));
      const dialog = within(await screen.findByRole('dialog', { name: 'Issue maintenance file' }));
      const field = dialog.getByRole('textbox', { name: 'Install code' });
      for (const [name, value, message] of cases) {
        await replaceText(user, field, value);
        await user.click(dialog.getByRole('button', { name: 'Issue file' }));
        await waitFor(() => expect(field, name).toHaveAccessibleDescription(message));
        expect(field, name).toHaveAttribute('aria-invalid', 'true');
      }
      expect(sent).toEqual([]);
      expect(dialog.queryByText(/File issued/)).not.toBeInTheDocument();
      scripts.check();
    },
  );
});

describe('bad input: partner search (PP-3)', () => {
  it('finds nothing for a payload or a look-alike, says so, and refuses 10,000 characters', async () => {
    signInNorthwind();
    const scripts = watchForScripts();
    const { user, location } = renderWithApp(<PartnerPortalPage />, {
      url: '/partner?tab=customer-inventory',
    });
    await screen.findByRole('table', { name: 'Customer Inventory', busy: false });
    const search = screen.getByRole('searchbox', { name: 'Search customer or purchase order' });
    for (const text of [
      ...PAYLOADS.map(([, payload]) => payload),
      'P-Building 1'.replace('B', 'В'),
    ]) {
      await replaceText(user, search, text);
      expect(await screen.findByText(`No licenses match “${text}”`), text).toBeVisible();
      expect(search, text).toHaveAttribute('aria-invalid', 'false');
    }
    await replaceText(user, search, '   ');
    expect(await screen.findByRole('table', { name: 'Customer Inventory' })).toBeVisible();

    await replaceText(user, search, 'x'.repeat(LONG_LENGTH));
    expect(search).toHaveAccessibleDescription('Search for at most 100 characters.');
    expect(search).toHaveAttribute('aria-invalid', 'true');
    expect(location.history.at(-1)).not.toContain('xxx');
    scripts.check();
  });
});
