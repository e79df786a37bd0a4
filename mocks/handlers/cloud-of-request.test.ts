import { http } from 'msw';
import { expect, it } from 'vitest';
import { cloud, resetCloud } from '../cloud/instance';
import { server } from '../node';

/**
 * Test files share one realm and each case resets the cloud: a request held back past a reset (a
 * case's own handler delaying it) is answered by the cloud it was sent to, never by the next
 * case's fresh one.
 */
it('answers a request held back past a reset with the cloud it was sent to', async () => {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let arrived = () => {};
  const arrival = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  server.use(
    http.put('*/api/fleet/sensors/:serial/auto-renewal', async () => {
      arrived();
      await held;
      return undefined;
    }),
  );
  const sentTo = cloud();
  const sensor = sentTo.state.fleet.sensors.find((s) => s.autoRenewal);
  if (!sensor) throw new Error('The seed has no sensor with Auto Renewal on');

  const answer = fetch(`http://cloud.test/api/fleet/sensors/${sensor.serial}/auto-renewal`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ on: false }),
  });
  await arrival;
  const fresh = resetCloud();
  release();

  expect((await answer).ok).toBe(true);
  expect(sentTo.state.fleet.sensors.find((s) => s.serial === sensor.serial)?.autoRenewal).toBe(
    false,
  );
  expect(fresh.state.fleet.sensors.find((s) => s.serial === sensor.serial)?.autoRenewal).toBe(true);
});
