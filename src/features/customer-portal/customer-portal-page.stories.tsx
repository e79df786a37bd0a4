import type { Meta, StoryObj } from '@storybook/react-vite';
import { cloudArgTypes, type CloudArgs } from '@tests/story-cloud';
import { http, HttpResponse } from 'msw';
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { cloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { CustomerPortalPage } from './customer-portal-page';
import { onViewport } from '@tests/play-helpers';

/** The seed's campus customer and its capacity license waiting in the cloud. */
function waitingCapacity() {
  const state = inspect();
  const campus = state.customers.find((c) => c.name === 'P2022-0208');
  const capacity = state.licenses.find(
    (l) =>
      l.customerId === campus?.id &&
      l.kind === 'capacity' &&
      l.activation === null &&
      l.supersededBy === null,
  );
  if (!capacity) throw new Error('The seed has changed');
  return capacity;
}

/** The loaded license table (the skeleton has the same name but is aria-busy). */
async function findTable(canvasElement: HTMLElement) {
  return waitFor(() => {
    const table = within(canvasElement).getByRole('table', { name: 'Your licenses' });
    expect(table).not.toHaveAttribute('aria-busy');
    return table;
  });
}

const meta = {
  title: 'Customer Portal',
  component: CustomerPortalPage,
  argTypes: { scenario: cloudArgTypes.scenario, latencyMs: cloudArgTypes.latencyMs },
  parameters: { url: '/customer' },
} satisfies Meta<CloudArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** CP-1: sign in with a License ID (EID), or with a contact e-mail on the other tab. */
export const SignIn: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('tab', { name: 'License ID (EID)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(canvas.getByRole('tab', { name: 'E-mail' })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'License ID (EID)' })).toBeVisible();
  },
};

/** CP-1: an e-mail no partner added as a contact is refused on the field. */
export const SignInRefused: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('tab', { name: 'E-mail' }));
    await userEvent.type(canvas.getByRole('textbox', { name: 'E-mail' }), 'nobody@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign In' }));
    await expect(
      await canvas.findByText(/No customer account has this contact e-mail/),
    ).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'E-mail' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};

/** CP-2: the campus customer's licenses and where each is activated. */
export const Licenses: Story = {
  beforeEach() {
    cloud().signInCustomer({ eid: waitingCapacity().id });
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByText('P2022-0208')).toBeVisible();
    const table = await findTable(canvasElement);
    await expect(within(table).getByText(waitingCapacity().id)).toBeVisible();
    await expect(within(table).getAllByText('Not activated').length).toBeGreaterThan(0);
    // CP-3: a row that cannot go into a file says why.
    await expect(
      within(table).getAllByText('Maintenance goes into a file from your partner, not from here.')
        .length,
    ).toBeGreaterThan(0);
    await expect(within(table).getAllByText(/^Already activated on /).length).toBeGreaterThan(0);
    await expect(canvas.getByRole('button', { name: 'Sign out' })).toBeVisible();
  },
};

/** CP-3: a file for an install code was created and handed to the browser's download. */
export const FileCreated: Story = {
  beforeEach() {
    cloud().signInCustomer({ eid: waitingCapacity().id });
    // No real download from a story: the link's click is caught.
    const click = spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    return () => click.mockRestore();
  },
  play: async ({ canvas, canvasElement }) => {
    const table = await findTable(canvasElement);
    await userEvent.click(
      within(table).getByRole('checkbox', { name: `Select ${waitingCapacity().id} for the file` }),
    );
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'Install code' }),
      'aaaaa-bbbbb-ccccc-ddddd-eeeee',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Create' }));
    await expect(await canvas.findByText('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE.lic')).toBeVisible();
    await expect(canvas.getByText(/Add it in the SmartServer CMS with/)).toBeVisible();
    // CP-4: the file is on record.
    const issued = await canvas.findByRole('table', { name: 'Files issued' });
    await expect(within(issued).getByText('AAAAA-BBBBB-CCCCC-DDDDD-EEEEE')).toBeVisible();
    await expect(within(issued).getByText(waitingCapacity().id)).toBeVisible();
  },
};

/** The licenses could not be loaded: the reason and Retry. */
export const LoadError: Story = {
  beforeEach({ msw }) {
    cloud().signInCustomer({ eid: waitingCapacity().id });
    msw.use(
      http.get('*/api/customer/licenses', () =>
        HttpResponse.json({ code: 'internal', message: 'Database unavailable' }, { status: 500 }),
      ),
    );
  },
  play: async ({ canvas }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Licenses could not be loaded');
    await expect(alert).toHaveTextContent('Database unavailable');
    const retry = within(alert).getByRole('button', { name: 'Retry' });
    await waitFor(() => expect(retry).toBeEnabled());
  },
};

/** UX-2: the Licenses story on a phone and on a small laptop; nothing scrolls sideways. */
export const LicensesOnPhone: Story = onViewport(Licenses, 'phone');
export const LicensesOnLaptop: Story = onViewport(Licenses, 'laptop');
