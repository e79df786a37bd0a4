import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud } from '@mocks/cloud/instance';
import { inspect } from '@tests/builders';
import { PartnerPortalPage } from './partner-portal-page';

function signInNorthwind() {
  const northwind = inspect().partners.find((p) => p.name === 'Northwind Controls');
  cloud().signInPartner(northwind?.id ?? '');
}

async function customersList() {
  signInNorthwind();
  const view = renderWithApp(<PartnerPortalPage />, { url: '/partner' });
  const list = await screen.findByRole('list', { name: 'Customers' });
  return { ...view, list };
}

const customerNamed = (name: string) => inspect().customers.find((c) => c.name === name);

describe('edit and delete customer accounts (PP-8)', () => {
  it('renames an account; its Customer ID stays', async () => {
    const id = customerNamed('P-Building 1')?.id;
    const { user, list } = await customersList();
    await user.click(within(list).getByRole('button', { name: 'Edit P-Building 1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit P-Building 1' });
    const name = within(dialog).getByRole('textbox', { name: 'Customer name' });
    expect(name).toHaveValue('P-Building 1');
    await user.clear(name);
    await user.type(name, 'P-Building 1 East');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('P-Building 1 East saved.')).toBeVisible();
    expect(customerNamed('P-Building 1 East')?.id).toBe(id);
    expect(await within(list).findByText('P-Building 1 East')).toBeVisible();
  });

  it('refuses to delete an account that holds licenses, saying how many, and keeps it', async () => {
    const held = inspect().licenses.filter(
      (l) => l.customerId === customerNamed('P2022-0208')?.id,
    ).length;
    const { user, list } = await customersList();
    await user.click(within(list).getByRole('button', { name: 'Delete P2022-0208' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete P2022-0208?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete customer' }));

    expect(
      await within(dialog).findByText(
        `P2022-0208 holds ${held} licenses, so it cannot be deleted. An account is deleted only when it holds none.`,
      ),
    ).toBeVisible();
    expect(customerNamed('P2022-0208')).toBeDefined();
  });

  it('deletes an account without licenses after asking', async () => {
    signInNorthwind();
    cloud().createCustomer({ name: 'P-Annex', contactEmails: ['ops@annex.example'] });
    const { user, list } = await customersList();
    await user.click(await within(list).findByRole('button', { name: 'Delete P-Annex' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete P-Annex?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete customer' }));

    expect(await screen.findByText('P-Annex deleted.')).toBeVisible();
    expect(customerNamed('P-Annex')).toBeUndefined();
  });
});
