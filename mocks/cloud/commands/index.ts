import type { DeclaredCommand } from '../command';
import * as cms from './cms';
import * as customer from './customer';
import * as files from './files';
import * as fleet from './fleet';
import * as notifications from './notifications';
import * as partner from './partner';
import * as session from './session';

export { cms, customer, files, fleet, notifications, partner, session };

/** Every command of the cloud, for tests that must cover them all (e.g. that each write is audited). */
export const ALL_COMMANDS: readonly DeclaredCommand[] = [
  session,
  cms,
  files,
  notifications,
  partner,
  customer,
  fleet,
].flatMap((area) => Object.values(area));
