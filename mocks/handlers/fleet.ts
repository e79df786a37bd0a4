import { http } from 'msw';
import {
  assignBodySchema,
  autoRenewalBodySchema,
  expiryRecipientsBodySchema,
  fleetSignInBodySchema,
  redeemBodySchema,
} from '@/api/fleet';
import { cloud } from '../cloud/instance';
import { readBody } from './request';
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
  http.get('*/api/fleet/sensors', () => respond(() => ({ items: cloud().listSensors() }))),
  http.get('*/api/fleet/licenses-left', () => respond(() => cloud().licensesLeft())),
  http.post('*/api/fleet/activation-codes', ({ request }) =>
    respond(async () =>
      cloud().redeemActivationCode((await readBody(request, redeemBodySchema)).code),
    ),
  ),
  http.post('*/api/fleet/sensors/:serial/licenses', ({ request, params }) =>
    respond(async () =>
      cloud().assignLicense(
        param(params.serial),
        (await readBody(request, assignBodySchema)).keyId,
      ),
    ),
  ),
  http.delete('*/api/fleet/sensors/:serial/queue/:licenseId', ({ params }) =>
    respond(() => cloud().removeQueued(param(params.serial), param(params.licenseId))),
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
