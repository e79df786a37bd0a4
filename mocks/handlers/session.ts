import { http, HttpResponse } from 'msw';
import { advanceClockBodySchema } from '@/api/contract/clock';
import { signInBodySchema } from '@/api/contract/session';
import { cloudFor, respondSignedIn, signedOut } from './caller';
import { readBody } from './request';
import { respond } from './respond';

export const sessionHandlers = [
  http.get('*/api/session', ({ request }) => respond(() => cloudFor(request, 'cms').session())),
  http.post('*/api/session', ({ request }) =>
    respondSignedIn('cms', async () =>
      cloudFor(request).signInAs((await readBody(request, signInBodySchema)).role),
    ),
  ),
  http.delete('*/api/session', ({ request }) => {
    cloudFor(request).signOut();
    return signedOut('cms', new HttpResponse(null, { status: 204 }));
  }),
  http.get('*/api/clock', ({ request }) => respond(() => cloudFor(request).clock())),
  http.post('*/api/clock/advance', ({ request }) =>
    respond(async () => {
      const model = cloudFor(request, 'cms');
      return model.advanceClock(await readBody(request, advanceClockBodySchema));
    }),
  ),
];
