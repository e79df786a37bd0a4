import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/lib/i18n/translator';
import {
  installCodeAsTyped,
  normalizeInstallCode,
  typedInstallCodeSchema,
} from './segment-controllers';

const CODE = '7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q';
const english = typedInstallCodeSchema(translatorFor('en'));
const german = typedInstallCodeSchema(translatorFor('de'));
const problem = (schema: typeof english, typed: string) =>
  schema.safeParse(typed).error?.issues[0]?.message;

describe('an install code as typed or pasted', () => {
  it.each([
    ['as shown in the CMS', CODE],
    ['in lower case, with spaces around it', `  ${CODE.toLowerCase()}  `],
    ['with spaces instead of dashes', '7kq2m xtdrt 4hbna p3wce 5lz6q'],
    ['with spaces around the dashes', '7KQ2M - XTDRT - 4HBNA - P3WCE - 5LZ6Q'],
    ['without any separator', '7kq2mxtdrt4hbnap3wce5lz6q'],
  ])('is accepted and normalized %s', (_case, typed) => {
    expect(english.parse(typed)).toBe(CODE);
    expect(installCodeAsTyped(typed)).toBe(CODE);
  });

  it('keeps what it cannot read as typed (upper-cased), for the message to name it', () => {
    expect(normalizeInstallCode('7kq2m-xtdrt')).toBe('7KQ2M-XTDRT');
    expect(installCodeAsTyped('7kq2m-xtdrt')).toBeUndefined();
    expect(problem(english, '7KQ2M-XTDRT-4HBNA-P3WCE-5LZ61')).toBe(
      'An install code is 5 groups of 5 characters (A–Z, 2–7), such as 7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q.',
    );
    expect(problem(german, '7kq2m-xtdrt')).toBe(
      'Ein Installationscode besteht aus 5 Gruppen zu je 5 Zeichen (A–Z, 2–7), etwa 7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q.',
    );
  });

  it('names a look-alike character in the user’s language, and checks nothing after it', () => {
    // A Cyrillic "К" looks like the Latin "K".
    const typed = '7\u041aQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q';
    expect(problem(english, typed)).toBe(
      'Use Latin letters and digits only: “\u041a” (U+041A) is not one.',
    );
    expect(problem(german, typed)).toBe(
      'Verwenden Sie nur lateinische Buchstaben und Ziffern: „\u041a“ (U+041A) gehört nicht dazu.',
    );
  });
});
