import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inspect } from '@tests/builders';
import { renderWithApp } from '@tests/render';
import { ClockControls } from '@/features/dev-toolbar/clock-controls';
import {
  insertAt,
  LONG_LENGTH,
  LOOKALIKE,
  NO_BREAK_SPACE,
  PAYLOADS,
  replaceText,
  swapFirst,
  watchCommands,
  watchForScripts,
  ZERO_WIDTH_SPACE,
} from './bad-values';

type Case = readonly [string, string, string];

const DATE = '2027-01-15';
const FORMAT = 'Type a date as YYYY-MM-DD.';
const DATE_CASES: Case[] = [
  ['spaces only', '   ', FORMAT],
  ['10,000 characters', '2'.repeat(LONG_LENGTH), FORMAT],
  ['a day that does not exist', '2027-02-30', FORMAT],
  ['a fullwidth １', swapFirst(DATE, '1', LOOKALIKE.one), FORMAT],
  ['a zero-width space inside', insertAt(DATE, 4, ZERO_WIDTH_SPACE), FORMAT],
  ['a no-break space inside', insertAt(DATE, 4, NO_BREAK_SPACE), FORMAT],
  ...PAYLOADS.map(([name, payload]): Case => [name, payload, FORMAT]),
];

describe('bad input: the dev toolbar’s Go to date (MC-2, simulation only)', () => {
  it(`refuses each of ${DATE_CASES.length} bad dates next to the field; the clock stays`, async () => {
    const scripts = watchForScripts();
    const sent = watchCommands();
    const { user } = renderWithApp(<ClockControls />);
    expect(await screen.findByText('2026-11-23')).toBeVisible();
    const field = screen.getByRole('textbox', { name: 'Go to date' });
    for (const [name, value, message] of DATE_CASES) {
      await replaceText(user, field, value);
      expect(field, name).toHaveAccessibleDescription(message);
      expect(field, name).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByRole('button', { name: 'Go' }), name).toBeDisabled();
    }
    expect(sent).toEqual([]);
    expect(inspect().today).toBe('2026-11-23');
    scripts.check();
  });
});
