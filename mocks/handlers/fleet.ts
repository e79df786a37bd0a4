import { http, HttpResponse } from 'msw';
import {
  assignBodySchema,
  autoRenewalBodySchema,
  expiryRecipientsBodySchema,
  fleetSignInBodySchema,
  paramsObject,
  redeemBodySchema,
  sensorQueryFromParamsSchema,
  sensorQuerySchema,
  sensorWindowSchema,
} from '@/api/fleet-schemas';
import { CloudError } from '../cloud/errors';
import { cloud } from '../cloud/instance';
import { idempotencyKey, readBody, readParams } from './request';
import { respond } from './respond';

const param = (value: string | readonly string[] | undefined): string =>
  typeof value === 'string' ? value : '';

/** LM-1 … LM-7: the License Manager of a sensor fleet. */
export const fleetHandlers = [
  http.get('*/api/fleet/session', () => respond(() => cloud().fleetSession())),
  http.post('*/api/fleet/session', ({ request }) =>
    respond(async () =>
      cloud().signInFleetAs((await readBody(request, fleetSignInBodySchema)).role),
    ),
  ),
  http.get('*/api/fleet/sensors/page', ({ request }) =>
    respond(() => {
      const params = paramsObject(new URL(request.url).searchParams);
      const query = readParams(params, sensorQueryFromParamsSchema.pipe(sensorQuerySchema));
      const { offset, limit } = readParams(params, sensorWindowSchema);
      return cloud().querySensors(query, offset, limit);
    }),
  ),
  http.get('*/api/fleet/sensors/export', ({ request }) => {
    try {
      const params = paramsObject(new URL(request.url).searchParams);
      const query = readParams(params, sensorQueryFromParamsSchema.pipe(sensorQuerySchema));
      return HttpResponse.text(cloud().exportSensorsCsv(query), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      });
    } catch (error) {
      if (error instanceof CloudError)
        return HttpResponse.json(error.toBody(), { status: error.status });
      throw error;
    }
  }),
  http.get('*/api/fleet/sensors/:serial', ({ params }) =>
    respond(() => cloud().getSensor(param(params.serial))),
  ),
  http.get('*/api/fleet/overview', () => respond(() => cloud().fleetOverview())),
  http.get('*/api/fleet/licenses-left', () => respond(() => cloud().licensesLeft())),
  http.post('*/api/fleet/activation-codes', ({ request }) =>
    respond(async () =>
      cloud().redeemActivationCode(
        (await readBody(request, redeemBodySchema)).code,
        idempotencyKey(request),
      ),
    ),
  ),
  http.post('*/api/fleet/sensors/:serial/licenses', ({ request, params }) =>
    respond(async () =>
      cloud().assignLicense(
        param(params.serial),
        (await readBody(request, assignBodySchema)).keyId,
        idempotencyKey(request),
      ),
    ),
  ),
  http.delete('*/api/fleet/sensors/:serial/queue/:licenseId', ({ request, params }) =>
    respond(() =>
      cloud().removeQueued(param(params.serial), param(params.licenseId), idempotencyKey(request)),
    ),
  ),
  http.put('*/api/fleet/sensors/:serial/auto-renewal', ({ request, params }) =>
    respond(async () =>
      cloud().setAutoRenewal(
        param(params.serial),
        (await readBody(request, autoRenewalBodySchema)).on,
      ),
    ),
  ),
  http.get('*/api/fleet/expiry-recipients', () => respond(() => cloud().expiryRecipients())),
  http.put('*/api/fleet/expiry-recipients', ({ request }) =>
    respond(async () =>
      cloud().setExpiryRecipients(
        (await readBody(request, expiryRecipientsBodySchema)).recipientIds,
      ),
    ),
  ),
];
