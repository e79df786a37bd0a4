import {
  insertAt,
  LONG_LENGTH,
  LOOKALIKE,
  NAMED,
  NO_BREAK_SPACE,
  notOne,
  PAYLOADS,
  swapFirst,
  ZERO_WIDTH_SPACE,
} from './bad-values';

type Case = readonly [string, string, string];

const INSTALL_CODE = 'ABCDE-FGHIJ-KLMNO-PQRST-UVW23';
const INSTALL_CODE_FORMAT =
  'An install code is 5 groups of 5 characters (A–Z, 2–7), such as 7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q.';
const LATIN = 'Latin letters and digits';

/** Install code: the same rules on the partner's maintenance file and the customer's capacity file. */
export const INSTALL_CODE_CASES: Case[] = [
  ['empty', '', INSTALL_CODE_FORMAT],
  ['spaces only', '   ', INSTALL_CODE_FORMAT],
  ['10,000 characters', 'A'.repeat(LONG_LENGTH), INSTALL_CODE_FORMAT],
  ['digits outside base32', swapFirst(INSTALL_CODE, '23', '01'), INSTALL_CODE_FORMAT],
  [
    'a Cyrillic А',
    swapFirst(INSTALL_CODE, 'A', LOOKALIKE.A),
    notOne(LATIN, NAMED.cyrillicCapitalA),
  ],
  [
    'a Cyrillic Е',
    swapFirst(INSTALL_CODE, 'E', LOOKALIKE.E),
    notOne(LATIN, NAMED.cyrillicCapitalE),
  ],
  ['a dotless ı', swapFirst(INSTALL_CODE, 'I', LOOKALIKE.dotlessI), notOne(LATIN, NAMED.dotlessI)],
  [
    'a fullwidth ２',
    swapFirst(INSTALL_CODE, '2', LOOKALIKE.two),
    notOne(LATIN, NAMED.fullwidthTwo),
  ],
  [
    'a zero-width space inside',
    insertAt(INSTALL_CODE, 5, ZERO_WIDTH_SPACE),
    notOne(LATIN, NAMED.zeroWidthSpace),
  ],
  [
    'a no-break space inside',
    insertAt(INSTALL_CODE, 5, NO_BREAK_SPACE),
    notOne(LATIN, NAMED.noBreakSpace),
  ],
  ...PAYLOADS.map(([name, payload]): Case => [name, payload, INSTALL_CODE_FORMAT]),
];
