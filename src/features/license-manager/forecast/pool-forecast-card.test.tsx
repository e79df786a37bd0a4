import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@tests/render';
import { cloud } from '@mocks/cloud/instance';
import { the } from '@tests/builders';
import { VALID_ACTIVATION_CODE } from '@mocks/cloud/fleet-seed';
import { useRedeemActivationCode } from '@/api/fleet';
import { PoolForecastCard } from './pool-forecast-card';

const SHORTFALL =
  'At the fleet’s renewal pace, the pool runs out on 2027-01-30. To cover the next 3, 6 and 12 months, order 1, 4 and 11 licenses.';

/** The card, and a button that redeems a code through the app's own mutation (LM-2). */
function CardWithRedeem() {
  const redeem = useRedeemActivationCode();
  return (
    <>
      <PoolForecastCard />
      <button type="button" onClick={() => redeem.mutate({ code: VALID_ACTIVATION_CODE })}>
        redeem
      </button>
    </>
  );
}

describe('Pool forecast card (LM-13)', () => {
  it('says when the pool runs out and what to order for 3, 6 and 12 months', async () => {
    renderWithApp(<PoolForecastCard />, { url: '/fleet' });
    expect(screen.getByRole('status', { name: 'Loading the pool forecast' })).toBeInTheDocument();
    expect(await screen.findByText(SHORTFALL)).toBeVisible();
    expect(
      await screen.findByRole('table', { name: 'Renewals due per month' }),
    ).toBeInTheDocument();
  });

  it('says the pool is empty and what to order when nothing is left', async () => {
    the.fleet().withEmptyPool();
    renderWithApp(<PoolForecastCard />, { url: '/fleet' });
    expect(
      await screen.findByText(
        'The pool is empty. To cover the next 3, 6 and 12 months, order 6, 9 and 16 licenses.',
      ),
    ).toBeVisible();
  });

  it('follows a redeemed code: the pool then lasts longer', async () => {
    const { user } = renderWithApp(<CardWithRedeem />, { url: '/fleet' });
    await screen.findByText(SHORTFALL);
    await user.click(screen.getByRole('button', { name: 'redeem' }));
    await waitFor(() => expect(screen.queryByText(SHORTFALL)).toBeNull());
    expect(cloud().licensesLeft().licensesLeft).toBe(10);
    expect(await screen.findByText(/the pool runs out on 2027-05-/)).toBeVisible();
  });
});
