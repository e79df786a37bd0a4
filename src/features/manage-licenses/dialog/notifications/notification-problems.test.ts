import { describe, expect, it } from 'vitest';
import { noticeDayProblem, recipientCountProblem, recipientProblem } from '@/domain/notifications';
import { translatorFor } from '@/lib/i18n/translator';
import { dayEntryProblem } from './notification-settings-schema';
import {
  noticeDayProblemText,
  recipientCountText,
  recipientProblemText,
} from './notification-problems';

const en = translatorFor('en');
const de = translatorFor('de');

function recipient(value: string, others: string[] = []) {
  const problem = recipientProblem(value, others);
  if (!problem) throw new Error(`${value} was accepted`);
  return [recipientProblemText(problem, en), recipientProblemText(problem, de)];
}

describe('SS-60 refusals in English and German (UX-1)', () => {
  it('names what is wrong with an address', () => {
    expect(recipient('  ')).toEqual([
      'Enter an e-mail address.',
      'Geben Sie eine E-Mail-Adresse ein.',
    ]);
    expect(recipient('ops@example')).toEqual([
      'ops@example is not a valid e-mail address.',
      'ops@example ist keine gültige E-Mail-Adresse.',
    ]);
    expect(recipient('Ops@Example.com', ['ops@example.com'])).toEqual([
      'ops@example.com is already a recipient.',
      'ops@example.com ist bereits Empfänger.',
    ]);
    expect(recipient(`${'a'.repeat(250)}@x.io`)[1]).toBe(
      'Eine E-Mail-Adresse hat höchstens 254 Zeichen.',
    );
  });

  it('names a look-alike or invisible character by its code point, in the reader’s words', () => {
    expect(recipient('оps@example.com')).toEqual([
      'Use Latin letters, digits and punctuation only: “о” (U+043E) is not one.',
      'Verwenden Sie nur lateinische Buchstaben, Ziffern und Satzzeichen: „о“ (U+043E) gehört nicht dazu.',
    ]);
    expect(recipient('ops\u200b@example.com')[1]).toBe(
      'Verwenden Sie nur lateinische Buchstaben, Ziffern und Satzzeichen: ein unsichtbares Zeichen (U+200B) gehört nicht dazu.',
    );
    expect(dayEntryProblem(de)('３0', [])).toBe(
      'Verwenden Sie nur die Ziffern 0–9: „３“ (U+FF13) gehört nicht dazu.',
    );
  });

  it('says why a list or a day cannot be saved', () => {
    const none = recipientCountProblem(0);
    const tooMany = recipientCountProblem(11);
    if (!none || !tooMany) throw new Error('counts accepted');
    expect(recipientCountText(none, de)).toBe('Fügen Sie mindestens einen Empfänger hinzu.');
    expect(recipientCountText(tooMany, en)).toBe('At most 10 recipients.');
    const whole = noticeDayProblem(2.5, []);
    const range = noticeDayProblem(400, []);
    const twice = noticeDayProblem(30, [30]);
    if (!whole || !range || !twice) throw new Error('days accepted');
    expect(noticeDayProblemText(whole, de)).toBe('Nur ganze Tage: 2,5 ist keiner.');
    expect(noticeDayProblemText(range, en)).toBe('Days before expiry are 0 to 365.');
    expect(noticeDayProblemText(twice, de)).toBe('30 ist bereits in der Liste.');
  });
});
