import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@tests/render';
import { inspect } from '@tests/builders';
import { cloud } from '@mocks/cloud/instance';
import type { SensorRecord } from '@mocks/cloud/state';
import { Route, Switch } from 'wouter';
import { addDays } from '@/domain/dates';
import { LicenseManagerPage } from '@/features/license-manager/license-manager-page';
import { SensorPage } from './sensor-page';

/** The License Manager's two routes, as the app registers them. */
function FleetRoutes() {
  return (
    <Switch>
      <Route path="/fleet" component={LicenseManagerPage} />
      <Route path="/fleet/sensors/:serial">
        {(params) => <SensorPage serial={params.serial} />}
      </Route>
    </Switch>
  );
}

// jsdom lays nothing out: give the fleet table's scroll box a height so it renders rows.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
});

function seedSensor(predicate: (s: SensorRecord) => boolean): SensorRecord {
  const sensor = inspect().fleet.sensors.find(predicate);
  if (!sensor) throw new Error('The seed has no such sensor');
  return sensor;
}

const expired = () => seedSensor((s) => s.current !== null && s.current.endDate < inspect().today);

describe("a sensor's page (LM-14)", () => {
  it('opens from the sensor panel and goes back to the same table', async () => {
    const sensor = expired();
    const { user, location } = renderWithApp(<FleetRoutes />, {
      url: `/fleet?status=expired&sensor=${sensor.serial}`,
    });
    const panel = await screen.findByRole('dialog', { name: sensor.name });
    await user.click(await within(panel).findByRole('link', { name: 'Open sensor page' }));
    await waitFor(() =>
      expect(location.history.at(-1)).toBe(`/fleet/sensors/${sensor.serial}?status=expired`),
    );
    expect(await screen.findByRole('heading', { level: 1, name: sensor.name })).toBeVisible();
    const stoppedOn = addDays(sensor.current?.endDate ?? '', 1);
    expect(
      await screen.findByText(`New measurements are not saved since ${stoppedOn}.`),
    ).toBeVisible();
    expect(screen.getByText(/days of measurements from/)).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Back to the fleet' }));
    await waitFor(() => expect(location.history.at(-1)).toBe('/fleet?status=expired'));
    expect(await screen.findByRole('table', { name: 'Sensors', busy: false })).toBeVisible();
  });

  it('renews an expired sensor from its page: measurements are saved again, and it is recorded', async () => {
    const sensor = expired();
    const { user } = renderWithApp(<SensorPage serial={sensor.serial} />, {
      url: `/fleet/sensors/${sensor.serial}`,
    });
    await screen.findByText(/New measurements are not saved since/);
    await user.click(screen.getByRole('button', { name: 'Renew now' }));
    const dialog = await screen.findByRole('dialog', { name: /Add license to/ });
    await user.click(within(dialog).getByRole('button', { name: 'Add license' }));
    await waitFor(() =>
      expect(screen.queryByText(/New measurements are not saved since/)).not.toBeInTheDocument(),
    );
    const events = screen.getByRole('list', { name: 'License events, newest first' });
    await waitFor(() =>
      expect(within(events).getAllByRole('listitem')[0]).toHaveTextContent(
        /^License of key LK-[0-9A-F]{4}-[0-9A-F]{4} assigned:/,
      ),
    );
    expect(within(events).getAllByRole('listitem')[0]).toHaveTextContent(inspect().today);
  });

  it('opens the sensor History from a link: who switched Auto Renewal on, and the renewal that followed (AU-1)', async () => {
    const sensor = expired();
    expect(sensor.autoRenewal).toBe(false);
    cloud().signInFleetAs('Manager');
    cloud().setAutoRenewal(sensor.serial, true);
    const { user, location } = renderWithApp(<SensorPage serial={sensor.serial} />, {
      url: `/fleet/sensors/${sensor.serial}?sensorHistory=${sensor.serial}`,
    });
    const dialog = await screen.findByRole('dialog', { name: `History of sensor ${sensor.name}` });
    const table = await within(dialog).findByRole('table', { name: 'Events', busy: false });
    const [switched, renewed] = within(table).getAllByRole('row').slice(-2);
    expect(switched).toHaveTextContent('Auto Renewal switched');
    expect(switched).toHaveTextContent('Auto Renewal: off → on');
    expect(switched).toHaveTextContent(/· Manager · License Manager/);
    // LM-11: switched on, the expired sensor took a license from the pool at once, by the cloud's rule.
    expect(renewed).toHaveTextContent(/Renewed from the pool with a license of key LK-/);
    expect(renewed).toHaveTextContent('The cloud');

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(location.history.at(-1)).toBe(`/fleet/sensors/${sensor.serial}`));
    // The page's own button opens it again.
    await user.click(
      await screen.findByRole('button', { name: `History of sensor ${sensor.name}` }),
    );
    expect(
      await screen.findByRole('dialog', { name: `History of sensor ${sensor.name}` }),
    ).toBeVisible();
  });

  it('says when the fleet has no such sensor', async () => {
    renderWithApp(<SensorPage serial="NOSUCH" />, { url: '/fleet/sensors/NOSUCH' });
    expect(await screen.findByText('No sensor NOSUCH in this fleet')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the fleet' })).toHaveAttribute(
      'href',
      '/fleet',
    );
  });
});
