import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import { ApiError, fieldRefusalOf, toUserMessage } from './errors';

const english = translatorFor('en');
const german = translatorFor('de');

const offline = new ApiError(503, {
  code: 'segment_offline',
  message: 'Parking Garage is offline and cannot reach the cloud.',
  details: { segmentControllerId: 'c-1', installCode: '7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q' },
});

describe('error messages by code (UX-1)', () => {
  it('keeps the cloud’s own words in English', () => {
    expect(toUserMessage(offline, english)).toBe(
      'Parking Garage is offline and cannot reach the cloud.',
    );
  });

  it('words a known code in German, with the values the cloud gave in its details', () => {
    expect(toUserMessage(offline, german)).toBe(
      'Der Segment-Controller ist offline und kann die Cloud nicht erreichen. Für einen Segment-Controller ohne Internetzugang wenden Sie sich mit seinem Installationscode 7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q an Customer Success.',
    );
    const ownerOnly = new ApiError(403, {
      code: 'owner_only',
      message: 'Only the Owner can manage licenses; you are signed in as Analyst.',
    });
    expect(toUserMessage(ownerOnly, german)).toBe('Nur der Inhaber kann Lizenzen verwalten.');
  });

  it('falls back to the server’s message for an unknown code or missing values', () => {
    const unknown = new ApiError(409, { code: 'brand_new_rule', message: 'A new rule says no.' });
    expect(toUserMessage(unknown, german)).toBe('A new rule says no.');
    const withoutDetails = new ApiError(503, {
      code: 'segment_offline',
      message: 'Hall is offline.',
    });
    expect(toUserMessage(withoutDetails, german)).toBe('Hall is offline.');
  });

  it('words the client’s own failures in the user’s language', () => {
    const network = new ApiError(0, { code: 'network_error', message: 'Failed to fetch' });
    expect(toUserMessage(network, english)).toBe(
      'The licensing cloud cannot be reached. Check the network connection and try again.',
    );
    expect(toUserMessage(network, german)).toMatch(/nicht erreichbar/);
    const busy = new ApiError(
      429,
      { code: 'rate_limited', message: 'Slow down' },
      {
        retryAfterMs: 2500,
      },
    );
    expect(toUserMessage(busy, english)).toBe('The licensing cloud is busy. Try again in 3 s.');
    expect(toUserMessage(new Error('boom'), german)).toBe(
      'Etwas ist schiefgegangen. Versuchen Sie es erneut.',
    );
  });
});

describe('a refusal about one field of a form', () => {
  const notFound = 'Customer ID not found. Check it in the License Partner Portal.';
  const refusal = new ApiError(404, {
    code: 'customer_not_found',
    message: notFound,
    details: { fields: { customerId: notFound } },
  });

  it('reads in the cloud’s words in English and by its code in German', () => {
    expect(fieldRefusalOf(refusal, 'customerId', english)).toBe(notFound);
    expect(fieldRefusalOf(refusal, 'customerId', german)).toBe(
      'Zu Ihrer Eingabe wurde kein Kunde gefunden.',
    );
  });

  it('is null for another field, or a failure that names no field', () => {
    expect(fieldRefusalOf(refusal, 'name', english)).toBeNull();
    expect(
      fieldRefusalOf(
        new ApiError(500, { code: 'internal', message: 'Down.' }),
        'customerId',
        german,
      ),
    ).toBeNull();
  });
});
