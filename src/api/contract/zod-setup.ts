import { z } from 'zod/mini';

// zod compiles object parsers with `new Function` when it may; the production Content-Security-
// Policy forbids eval, and even zod's probe for it is reported as a violation. Imported (for this
// side effect) by every module that parses, before its first parse.
z.config({ jitless: true });
// zod/mini carries no messages of its own ("Invalid input" for every problem); the cloud's
// refusals and the saved-cloud checks name what is wrong in zod's English, as before.
z.config(z.locales.en());
