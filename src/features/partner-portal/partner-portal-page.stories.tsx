import type { Meta, StoryObj } from '@storybook/react-vite';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { http, HttpResponse } from 'msw';
import { expect, screen, userEvent, waitFor, within } from 'storybook/test';
import { cloud } from '@mocks/cloud/instance';
import { a, inspect, the } from '@tests/builders';
import { seededRandom, uuid } from '@mocks/cloud/random';
import { PartnerPortalPage } from './partner-portal-page';
import { onViewport } from '@tests/play-helpers';

function signInAs(name: string) {
  const partner = inspect().partners.find((p) => p.name === name);
  if (!partner) throw new Error(`No partner ${name} in the seed`);
  cloud().signInPartner(partner.id);
  return partner;
}

async function findTable(canvasElement: HTMLElement, name: string) {
  return waitFor(() => {
    const table = within(canvasElement).getByRole('table', { name });
    expect(table).not.toHaveAttribute('aria-busy');
    return table;
  });
}

const meta = {
  title: 'Partner Portal',
  component: PartnerPortalPage,
  argTypes: { scenario: cloudArgTypes.scenario, latencyMs: cloudArgTypes.latencyMs },
  parameters: { url: '/partner' },
} satisfies Meta<CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nobody signed in: the simulated sign-in lists the cloud's partners. */
export const SignIn: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      await canvas.findByRole('button', { name: 'Sign in as Northwind Controls' }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: 'Sign in as Helios Integration' }),
    ).toBeVisible();
  },
};

/** Northwind signed in: five licenses in stock, two selected for a transfer. */
export const MyInventory: Story = {
  beforeEach() {
    signInAs('Northwind Controls');
  },
  play: async ({ canvasElement }) => {
    const table = await findTable(canvasElement, 'My Inventory');
    await expect(within(table).getAllByRole('row')).toHaveLength(6);
    const checkboxes = within(table).getAllByRole('checkbox');
    await userEvent.click(checkboxes[0] ?? table);
    await userEvent.click(checkboxes[1] ?? table);
    await expect(
      within(canvasElement).getByRole('button', { name: 'Transfer to customer' }),
    ).toBeEnabled();
  },
};

/** Licenses at Northwind's customers, with a replaced original and where each is activated. */
export const CustomerInventory: Story = {
  parameters: { url: '/partner?tab=customer-inventory' },
  beforeEach() {
    signInAs('Northwind Controls');
  },
  play: async ({ canvasElement }) => {
    const table = await findTable(canvasElement, 'Customer Inventory');
    await expect(within(table).getByText(/^Replaced by/)).toBeVisible();
    await expect(within(table).getAllByText('Main Hall').length).toBeGreaterThan(0);
    // PP-10: status and expiry; the table scrolls in its own box, never the page (UX-2).
    await expect(within(table).getByText('Expiring')).toBeVisible();
    await expect(within(table).getByText('2026-12-14')).toBeVisible();
    await expect(getComputedStyle(table.parentElement ?? table).overflowX).toBe('auto');
    await expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(
      document.documentElement.clientWidth,
    );
    // "Replaced by" shows the successor next to its original.
    await userEvent.click(within(table).getByRole('link'));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    await expect(within(table).getByText('In the cloud')).toBeVisible();
    await expect(within(table).getByText('Not activated')).toBeVisible();
  },
};

/** PP-3: a purchase order found as typed loosely ("po3920" for PO-3920). */
export const SearchPurchaseOrderLoosely: Story = {
  parameters: { url: '/partner?tab=customer-inventory&q=po3920' },
  beforeEach() {
    signInAs('Northwind Controls');
  },
  play: async ({ canvasElement }) => {
    const table = await findTable(canvasElement, 'Customer Inventory');
    await expect(within(table).getAllByRole('row')).toHaveLength(2);
    await expect(within(table).getByText('PO-3920')).toBeVisible();
  },
};

/** PP-2: contact e-mails are chips, as the notification recipients; a bad one is refused inline. */
export const NewCustomerContacts: Story = {
  beforeEach() {
    signInAs('Northwind Controls');
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: 'New customer' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'New customer' }));
    const field = dialog.getByRole('textbox', { name: 'Add a contact e-mail' });
    await userEvent.type(field, 'Ops@Annex.example{Enter}');
    const chips = dialog.getByRole('list', { name: 'Contact e-mails' });
    await expect(within(chips).getByText('ops@annex.example')).toBeVisible();
    await userEvent.type(field, 'not-an-address{Enter}');
    await expect(field).toHaveAccessibleDescription('Enter a valid e-mail address.');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
  },
};

/** 500 more licenses in stock: the table pages 25 at a time. */
export const LargeInventory: Story = {
  beforeEach() {
    const partner = signInAs('Northwind Controls');
    const random = seededRandom(500);
    for (let i = 0; i < 500; i += 1) {
      const license = a
        .license()
        .withId(uuid(random))
        .of(partner)
        .forDevices([25, 50, 100, 200][i % 4] ?? 50)
        .purchaseOrder(`PO-${6000 + Math.floor(i / 10)}`)
        .purchasedOn('2026-11-01');
      (i % 3 === 0 ? license.maintenance((i % 2) + 1) : license.capacity()).add();
    }
  },
  play: async ({ canvasElement }) => {
    const table = await findTable(canvasElement, 'My Inventory');
    await expect(within(table).getAllByRole('row')).toHaveLength(26);
    await expect(within(canvasElement).getByText('505 licenses')).toBeVisible();
    // The pager moves through all 21 pages; the last holds the remaining 5.
    const firstRow = within(table).getAllByRole('row')[1]?.textContent;
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Go to next page' }));
    await expect(within(canvasElement).getByText('26–50 of 505')).toBeVisible();
    await expect(within(table).getAllByRole('row')[1]?.textContent).not.toBe(firstRow);
    for (let page = 2; page < 21; page += 1) {
      await userEvent.click(within(canvasElement).getByRole('button', { name: 'Go to next page' }));
    }
    await expect(within(canvasElement).getByText('501–505 of 505')).toBeVisible();
    await expect(within(table).getAllByRole('row')).toHaveLength(6);
  },
};

/** A partner with no licenses and no customers yet. */
export const Empty: Story = {
  beforeEach() {
    signInAs('Helios Integration');
    the.partner('Helios Integration').withoutLicenses().withoutCustomers();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No licenses in stock')).toBeVisible();
    // Customers load separately from the inventory: wait for them too.
    await expect(await canvas.findByText('No customers yet.')).toBeVisible();
  },
};

/** The inventory could not be read: the reason, with Retry. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    signInAs('Northwind Controls');
    msw.use(
      http.get('*/api/partner/inventory', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert');
    await expect(alert).toHaveTextContent('The inventory could not be loaded');
    await expect(within(alert).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** UX-2: the CustomerInventory story on a phone and on a small laptop; nothing scrolls sideways. */
export const CustomerInventoryOnPhone: Story = onViewport(CustomerInventory, 'phone');
export const CustomerInventoryOnLaptop: Story = onViewport(CustomerInventory, 'laptop');
