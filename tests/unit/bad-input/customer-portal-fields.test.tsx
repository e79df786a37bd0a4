import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { renderWithApp } from '@tests/render';
import { CustomerPortalPage } from '@/features/customer-portal/customer-portal-page';
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

const EID = '0b6f3a52-9d1e-4c1f-8a2b-3c4d5e6f7a8b';
const EID_FORMAT = 'A License ID (EID) looks like 5f0c2a9e-7d41-4b8e-9c3a-1e6b2d8f4a70.';
const LATIN = 'Latin letters and digits';
const EID_CASES: Case[] = [
  ['empty', '', EID_FORMAT],
  ['spaces only', '   ', EID_FORMAT],
  ['10,000 characters', 'a'.repeat(LONG_LENGTH), EID_FORMAT],
  ['a customer name', 'P2022-0208', EID_FORMAT],
  ['a Cyrillic а', swapFirst(EID, 'a', LOOKALIKE.a), notOne(LATIN, NAMED.cyrillicA)],
  ['a Cyrillic е', swapFirst(EID, 'e', LOOKALIKE.e), notOne(LATIN, NAMED.cyrillicE)],
  ['a fullwidth １', swapFirst(EID, '1', LOOKALIKE.one), notOne(LATIN, NAMED.fullwidthOne)],
  [
    'a zero-width space inside',
    insertAt(EID, 8, ZERO_WIDTH_SPACE),
    notOne(LATIN, NAMED.zeroWidthSpace),
  ],
  ['a no-break space inside', insertAt(EID, 8, NO_BREAK_SPACE), notOne(LATIN, NAMED.noBreakSpace)],
  ...PAYLOADS.map(([name, payload]): Case => [name, payload, EID_FORMAT]),
];

const EMAIL = 'it@harbor.example';
const EMAIL_FORMAT = 'Enter an e-mail address such as name@example.com.';
const EMAIL_ALLOWED = 'Latin letters, digits and punctuation';
const EMAIL_CASES: Case[] = [
  ['empty', '', EMAIL_FORMAT],
  ['spaces only', '   ', EMAIL_FORMAT],
  [
    '10,000 characters',
    `${'a'.repeat(LONG_LENGTH)}@harbor.example`,
    'An e-mail address has at most 254 characters.',
  ],
  ['no @', 'it.harbor.example', EMAIL_FORMAT],
  [
    'a Cyrillic а in the domain',
    swapFirst(EMAIL, 'a', LOOKALIKE.a),
    notOne(EMAIL_ALLOWED, NAMED.cyrillicA),
  ],
  [
    'a fullwidth １',
    `it${LOOKALIKE.one}@harbor.example`,
    notOne(EMAIL_ALLOWED, NAMED.fullwidthOne),
  ],
  [
    'a zero-width space inside',
    insertAt(EMAIL, 2, ZERO_WIDTH_SPACE),
    notOne(EMAIL_ALLOWED, NAMED.zeroWidthSpace),
  ],
  [
    'a no-break space inside',
    insertAt(EMAIL, 2, NO_BREAK_SPACE),
    notOne(EMAIL_ALLOWED, NAMED.noBreakSpace),
  ],
  ...PAYLOADS.map(([name, payload]): Case => [name, payload, EMAIL_FORMAT]),
];

describe('bad input: customer portal sign-in (CP-1), on the field and nobody signed in', () => {
  it.each([
    ['License ID (EID)', EID_CASES],
    ['E-mail', EMAIL_CASES],
  ] as const)('"%s" refuses each bad value next to the field', async (label, cases) => {
    const scripts = watchForScripts();
    const sent = watchCommands();
    const { user } = renderWithApp(<CustomerPortalPage />, { url: '/customer' });
    if (label === 'E-mail') await user.click(await screen.findByRole('tab', { name: 'E-mail' }));
    const field = await screen.findByRole('textbox', { name: label });
    for (const [name, value, message] of cases) {
      await replaceText(user, field, value);
      await user.click(screen.getByRole('button', { name: 'Sign In' }));
      await waitFor(() => expect(field, name).toHaveAccessibleDescription(message));
      expect(field, name).toHaveAttribute('aria-invalid', 'true');
    }
    expect(sent).toEqual([]);
    expect(cloud().customerPortalSession().customer).toBeNull();
    scripts.check();
  });
});

describe('bad input: capacity file install code (CP-3), on the field and no file made', () => {
  it.each(inParts(INSTALL_CODE_CASES))(
    'refuses bad install codes %s next to the field',
    async (_part, cases) => {
      const capacity = inspect().licenses.find(
        (l) => l.kind === 'capacity' && l.customerId !== null && l.activation === null,
      );
      cloud().signInCustomer({ eid: capacity?.id ?? '' });
      const scripts = watchForScripts();
      const before = cloudSnapshot();
      const sent = watchCommands();
      const { user } = renderWithApp(<CustomerPortalPage />, { url: '/customer' });
      const table = await screen.findByRole('table', { name: 'Your licenses', busy: false });
      await user.click(
        within(table).getByRole('checkbox', { name: `Select ${capacity?.id} for the file` }),
      );
      const field = screen.getByRole('textbox', { name: 'Install code' });
      for (const [name, value, message] of cases) {
        await replaceText(user, field, value);
        await user.click(screen.getByRole('button', { name: 'Create' }));
        await waitFor(() => expect(field, name).toHaveAccessibleDescription(message));
        expect(field, name).toHaveAttribute('aria-invalid', 'true');
      }
      expect(sent).toEqual([]);
      expect(screen.queryByText(/\.lic$/)).not.toBeInTheDocument();
      expect(inspect()).toEqual(before);
      scripts.check();
    },
  );
});
