import { http, HttpResponse } from 'msw';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cloud } from '@mocks/cloud/instance';
import { server } from '@mocks/node';
import { found, inspect } from '@tests/builders';
import { enterText } from '@tests/enter-text';
import { renderWithApp } from '@tests/render';
import { LookupLauncher } from './lookup-launcher';

const replaced = () =>
  found(
    inspect().licenses.find((l) => l.supersededBy !== null),
    'replaced license',
  );

function renderShell() {
  return renderWithApp(
    <>
      <input aria-label="Somewhere else" />
      <LookupLauncher />
    </>,
  );
}

describe('AU-2: Ctrl+K looks up anything in the apps the user is signed in to', () => {
  it('opens from a field with Ctrl+K, lists a serial number under Sensors, opens it with Enter, and Esc returns focus', async () => {
    const { user, location } = renderShell();
    const elsewhere = screen.getByRole('textbox', { name: 'Somewhere else' });
    await user.click(elsewhere);
    await user.keyboard('{Control>}k{/Control}');
    const field = await screen.findByRole('combobox', { name: /License ID, Customer ID/ });
    expect(field).toHaveFocus();
    expect(screen.getByText(/Type at least 2 characters/)).toBeVisible();
    const sensor = found(inspect().fleet.sensors[0], 'a sensor');
    await enterText(user, field, sensor.serial.toLowerCase());
    const group = await screen.findByRole('group', { name: 'Sensors · License Manager' });
    expect(within(group).getByRole('option', { name: new RegExp(sensor.serial) })).toBeVisible();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(elsewhere).toHaveFocus());
    await user.keyboard('{Control>}k{/Control}');
    const again = await screen.findByRole('combobox', { name: /License ID/ });
    expect(again).toHaveValue(sensor.serial.toLowerCase());
    await waitFor(() => expect(again).toHaveFocus());
    expect(await screen.findByRole('option', { name: new RegExp(sensor.serial) })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(location.history.at(-1)).toBe(`/fleet/sensors/${sensor.serial}`));
  });

  it('leads from a replaced License ID to its successor in the Partner Portal, ↓ choosing among results', async () => {
    const original = replaced();
    cloud().signInPartner(original.partnerId);
    const { user, location } = renderShell();
    await user.click(screen.getByRole('button', { name: 'Look up an ID or name' }));
    const field = await screen.findByRole('combobox', { name: /License ID/ });
    await enterText(user, field, 'PO-4471');
    const orders = await screen.findByRole('group', { name: 'Purchase orders · Partner Portal' });
    expect(within(orders).getByRole('option', { name: /PO-4471/ })).toBeVisible();
    await user.clear(field);
    await enterText(user, field, original.id);
    const licenses = await screen.findByRole('group', { name: 'Licenses · Partner Portal' });
    const successor = within(licenses).getByRole('option', { name: /replaced by this license/ });
    expect(successor).toHaveTextContent(found(original.supersededBy, 'successor'));
    // The CMS lists the successor first (waiting in the cloud for a Customer ID it saved).
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    const at = options.indexOf(successor);
    expect(at).toBeGreaterThan(0);
    for (let step = 0; step < at; step += 1) await user.keyboard('{ArrowDown}');
    expect(successor).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowUp}');
    expect(successor).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowDown}');
    expect(successor).toHaveAttribute('aria-selected', 'true');
    expect(field).toHaveAttribute('aria-activedescendant', successor.id);
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(location.history.at(-1)).toBe(
        `/partner?tab=customer-inventory&q=${original.supersededBy}`,
      ),
    );
  });

  it('offers each license’s History right after it, which opens over the license’s page (AU-1)', async () => {
    const original = replaced();
    const successorId = found(original.supersededBy, 'successor');
    cloud().signInPartner(original.partnerId);
    const { user, location } = renderShell();
    await user.keyboard('{Control>}k{/Control}');
    const field = await screen.findByRole('combobox', { name: /License ID/ });
    await enterText(user, field, original.id);
    const licenses = await screen.findByRole('group', { name: 'Licenses · Partner Portal' });
    const [license, history] = within(licenses).getAllByRole('option');
    expect(license).toHaveTextContent(successorId);
    expect(history).toHaveAccessibleName(`History of license ${successorId}`);
    await user.hover(found(history, 'the History option'));
    expect(history).toHaveAttribute('aria-selected', 'true');
    expect(field).toHaveAttribute('aria-activedescendant', history?.id);
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(location.history.at(-1)).toBe(
        `/partner?tab=customer-inventory&q=${successorId}&history=${successorId}`,
      ),
    );
  });

  it('says when nothing matches, and keeps the text with Retry when the lookup fails', async () => {
    const { user } = renderShell();
    await user.keyboard('{Control>}k{/Control}');
    const field = await screen.findByRole('combobox', { name: /License ID/ });
    await enterText(user, field, 'zzqq');
    expect(await screen.findByText('Nothing you may see matches “zzqq”.')).toBeVisible();
    server.use(
      http.get('*/api/lookup', () =>
        HttpResponse.json({ code: 'internal', message: 'The cloud failed.' }, { status: 500 }),
      ),
    );
    await user.type(field, 'x');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The lookup failed');
    expect(field).toHaveValue('zzqqx');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Nothing you may see matches “zzqqx”.')).toBeVisible();
  });
});
