import { http } from 'msw';
import { advanceClockBodySchema } from '@/api/clock';
import { signInBodySchema } from '@/api/session';
import { cloud } from '../cloud/instance';
import { readBody } from './request';
import { respond } from './respond';

export const sessionHandlers = [
  http.get('*/api/session', () => respond(() => cloud().session())),
  http.post('*/api/session', ({ request }) =>
    respond(async () => cloud().signInAs((await readBody(request, signInBodySchema)).role)),
  ),
  http.get('*/api/clock', () => respond(() => cloud().clock())),
  http.post('*/api/clock/advance', ({ request }) =>
    respond(async () => cloud().advanceClock(await readBody(request, advanceClockBodySchema))),
  ),
];
