import type { DeclaredCommand, NotAnsweringTheirRoute } from '../command';
import * as cms from './cms';
import * as customer from './customer';
import * as files from './files';
import * as fleet from './fleet';
import * as fleetBulk from './fleet-bulk';
import * as history from './history';
import * as lookup from './lookup';
import * as notifications from './notifications';
import * as partner from './partner';
import * as session from './session';
import * as support from './support';

export {
  cms,
  customer,
  files,
  fleet,
  fleetBulk,
  history,
  lookup,
  notifications,
  partner,
  session,
  support,
};

/**
 * One area's commands. A command whose result is not its route's answer fails to compile here:
 * its type must then be `never`, and the message names it.
 */
function area<Area extends Record<string, DeclaredCommand>>(
  commands: Area & Record<NotAnsweringTheirRoute<Area>, never>,
): DeclaredCommand[] {
  return Object.values(commands);
}

/** Every command of the cloud: the handlers are made from it, and tests walk it (each write audited). */
export const ALL_COMMANDS: readonly DeclaredCommand[] = [
  ...area(session),
  ...area(cms),
  ...area(files),
  ...area(notifications),
  ...area(partner),
  ...area(customer),
  ...area(fleet),
  ...area(fleetBulk),
  ...area(support),
  ...area(history),
  ...area(lookup),
];
