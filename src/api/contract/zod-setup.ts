import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may; the production Content-Security-
// Policy forbids eval, and even zod's probe for it is reported as a violation. Imported (for this
// side effect) by every module that parses, before its first parse.
z.config({ jitless: true });
