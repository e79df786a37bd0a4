import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { readUrlState, writeUrlState } from './url-state';

const schema = z.object({
  view: z._default(z.nullable(z.enum(['list', 'detail'])), null),
  sort: z._default(z.enum(['name', 'date']), 'name'),
  q: z._default(z.string(), ''),
});

describe('url-state', () => {
  it('reads each parameter through its schema, defaults for absent ones', () => {
    expect(readUrlState(schema, new URLSearchParams('view=detail&q=pump'))).toEqual({
      view: 'detail',
      sort: 'name',
      q: 'pump',
    });
  });

  it('reads a malformed parameter as its default and keeps the others', () => {
    expect(readUrlState(schema, new URLSearchParams('view=nope&sort=date'))).toEqual({
      view: null,
      sort: 'date',
      q: '',
    });
  });

  it('sets, removes (null or empty) and keeps other parameters in place', () => {
    const prev = new URLSearchParams('other=1&view=list&q=old');
    const next = writeUrlState<typeof schema>(prev, { view: 'detail', q: '', sort: 'date' });
    expect(next.toString()).toBe('other=1&view=detail&sort=date');
    expect(writeUrlState<typeof schema>(next, { view: null }).toString()).toBe('other=1&sort=date');
  });
});
