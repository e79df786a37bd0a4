import { http, HttpResponse } from 'msw';
import {
  assignBodySchema,
  autoRenewalBodySchema,
  expiryRecipientsBodySchema,
  fleetSignInBodySchema,
  redeemBodySchema,
  sensorQueryFromParamsSchema,
  sensorQuerySchema,
  sensorWindowSchema,
} from '@/api/contract/fleet';
import { paramsObject } from '@/api/fleet';
import { CloudError } from '../cloud/errors';
import { cloudFor, respondSignedIn, signedOut } from './caller';
import { idempotencyKey, readBody, readParams } from './request';
import { respond } from './respond';

const param = (value: string | readonly string[] | undefined): string =>
  typeof value === 'string' ? value : '';

/** LM-1 … LM-7: the License Manager of a sensor fleet. */
export const fleetHandlers = [
  http.get('*/api/fleet/session', ({ request }) =>
    respond(() => cloudFor(request, 'fleet').fleetSession()),
  ),
  http.post('*/api/fleet/session', ({ request }) =>
    respondSignedIn('fleet', async () =>
      cloudFor(request).signInFleetAs((await readBody(request, fleetSignInBodySchema)).role),
    ),
  ),
  http.delete('*/api/fleet/session', ({ request }) => {
    cloudFor(request).signOutFleet();
    return signedOut('fleet', new HttpResponse(null, { status: 204 }));
  }),
  http.get('*/api/fleet/sensors/page', ({ request }) =>
    respond(() => {
      const model = cloudFor(request, 'fleet');
      const params = paramsObject(new URL(request.url).searchParams);
      const query = readParams(params, sensorQueryFromParamsSchema.pipe(sensorQuerySchema));
      const { offset, limit } = readParams(params, sensorWindowSchema);
      return model.querySensors(query, offset, limit);
    }),
  ),
  http.get('*/api/fleet/sensors/export', ({ request }) => {
    try {
      const model = cloudFor(request, 'fleet');
      const params = paramsObject(new URL(request.url).searchParams);
      const query = readParams(params, sensorQueryFromParamsSchema.pipe(sensorQuerySchema));
      return HttpResponse.text(model.exportSensorsCsv(query), {
        headers: { 'Content-Type': 'text/csv; charset=utf-8' },
      });
    } catch (error) {
      if (error instanceof CloudError)
        return HttpResponse.json(error.toBody(), { status: error.status });
      throw error;
    }
  }),
  http.get('*/api/fleet/sensors/:serial', ({ request, params }) =>
    respond(() => cloudFor(request, 'fleet').getSensor(param(params.serial))),
  ),
  http.get('*/api/fleet/overview', ({ request }) =>
    respond(() => cloudFor(request, 'fleet').fleetOverview()),
  ),
  http.get('*/api/fleet/licenses-left', ({ request }) =>
    respond(() => cloudFor(request, 'fleet').licensesLeft()),
  ),
  http.post('*/api/fleet/activation-codes', ({ request }) =>
    respond(async () =>
      cloudFor(request, 'fleet').redeemActivationCode(
        (await readBody(request, redeemBodySchema)).code,
        idempotencyKey(request),
      ),
    ),
  ),
  http.post('*/api/fleet/sensors/:serial/licenses', ({ request, params }) =>
    respond(async () =>
      cloudFor(request, 'fleet').assignLicense(
        param(params.serial),
        (await readBody(request, assignBodySchema)).keyId,
        idempotencyKey(request),
      ),
    ),
  ),
  http.delete('*/api/fleet/sensors/:serial/queue/:licenseId', ({ request, params }) =>
    respond(() =>
      cloudFor(request, 'fleet').removeQueued(
        param(params.serial),
        param(params.licenseId),
        idempotencyKey(request),
      ),
    ),
  ),
  http.put('*/api/fleet/sensors/:serial/auto-renewal', ({ request, params }) =>
    respond(async () =>
      cloudFor(request, 'fleet').setAutoRenewal(
        param(params.serial),
        (await readBody(request, autoRenewalBodySchema)).on,
      ),
    ),
  ),
  http.get('*/api/fleet/expiry-recipients', ({ request }) =>
    respond(() => cloudFor(request, 'fleet').expiryRecipients()),
  ),
  http.put('*/api/fleet/expiry-recipients', ({ request }) =>
    respond(async () =>
      cloudFor(request, 'fleet').setExpiryRecipients(
        (await readBody(request, expiryRecipientsBodySchema)).recipientIds,
      ),
    ),
  ),
];
