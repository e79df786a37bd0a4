import { describe, expect, it } from 'vitest';
import { normalizeInstallCode, typedInstallCodeSchema } from './segment-controllers';

const CODE = '7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q';

describe('an install code as typed or pasted', () => {
  it.each([
    ['as shown in the CMS', CODE],
    ['in lower case, with spaces around it', `  ${CODE.toLowerCase()}  `],
    ['with spaces instead of dashes', '7kq2m xtdrt 4hbna p3wce 5lz6q'],
    ['with spaces around the dashes', '7KQ2M - XTDRT - 4HBNA - P3WCE - 5LZ6Q'],
    ['without any separator', '7kq2mxtdrt4hbnap3wce5lz6q'],
  ])('is accepted and normalized %s', (_case, typed) => {
    expect(typedInstallCodeSchema.parse(typed)).toBe(CODE);
  });

  it('keeps what it cannot read as typed (upper-cased), for the message to name it', () => {
    expect(normalizeInstallCode('7kq2m-xtdrt')).toBe('7KQ2M-XTDRT');
    expect(typedInstallCodeSchema.safeParse('7kq2m-xtdrt').success).toBe(false);
    expect(typedInstallCodeSchema.safeParse('7KQ2M-XTDRT-4HBNA-P3WCE-5LZ61').success).toBe(false);
  });
});
