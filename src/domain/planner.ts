import type { Coverage } from './coverage';
import { addDays, addMonths, addYears, type IsoDate } from './dates';
import { maintenanceExpiry, type LicenseKind } from './licenses';

/** PL-1: how far ahead the planner looks, and the term of the maintenance it suggests ordering. */
const PLAN_MONTHS = 12;
const ORDER_TERM_YEARS = 1;

interface PlannedController {
  id: string;
  name: string;
}

/** A license activated on a segment controller (the fields of the CMS's license list it needs). */
export interface PlannedLicense {
  licenseId: string;
  segmentControllerId: string | null;
  kind: LicenseKind;
  deviceCount: number;
  termYears: number | null;
  expiryDate: IsoDate | null;
}

/** A license waiting in the cloud that a segment controller of this CMS could download. */
export interface PlannedCloudLicense {
  licenseId: string;
  segmentControllerIds: readonly string[];
  kind: LicenseKind;
  deviceCount: number;
  termYears: number | null;
  /** SS-13: its clock may already run, so this is not always a full term from today. */
  expiryDateIfActivatedToday: IsoDate | null;
}

/** PL-1 what-if: steps the Owner considers; "let expire" plans no renewal for that license. */
export interface WhatIf {
  activate: readonly { licenseId: string; segmentControllerId: string }[];
  transfer: readonly string[];
  letExpire: readonly string[];
}

export const NO_WHAT_IF: WhatIf = { activate: [], transfer: [], letExpire: [] };

export type BarChange = 'kept' | 'activated' | 'transferred' | 'letExpire';

/** A maintenance license on the timeline, from the start of its clock to its expiry day. */
interface TimelineBar {
  licenseId: string;
  deviceCount: number;
  start: IsoDate;
  expiry: IsoDate;
  change: BarChange;
}

/** Coverage (SS-12) from `date` until the next step. */
export interface CoverageStep extends Coverage {
  date: IsoDate;
}

export interface OrderLine {
  segmentControllerId: string;
  segmentControllerName: string;
  kind: 'maintenance';
  deviceCount: number;
  termYears: number;
  /** The first day without coverage: activating it then gives the most time (SS-13). */
  activateBy: IsoDate;
  coversUntil: IsoDate;
}

export interface ControllerPlan {
  id: string;
  name: string;
  bars: TimelineBar[];
  /** Today, then the day after each maintenance expiry within the plan. */
  steps: CoverageStep[];
  /** The steps with devices missing maintenance: the shortfall per date. */
  shortfalls: CoverageStep[];
  order: OrderLine[];
}

export interface Plan {
  today: IsoDate;
  /** The first day after the plan: it covers today up to the day before. */
  end: IsoDate;
  controllers: ControllerPlan[];
  order: OrderLine[];
}

export interface PlannerInput {
  controllers: readonly PlannedController[];
  licenses: readonly PlannedLicense[];
  cloudLicenses: readonly PlannedCloudLicense[];
  today: IsoDate;
  whatIf?: WhatIf;
}

interface Effective extends PlannedLicense {
  change: BarChange;
}

/** The licenses each segment controller would hold once the what-if steps are done. */
function effectiveLicenses(input: PlannerInput, whatIf: WhatIf): Map<string, Effective[]> {
  const transfer = new Set(whatIf.transfer);
  const letExpire = new Set(whatIf.letExpire);
  const byController = new Map<string, Effective[]>();
  const add = (controllerId: string, license: Effective) => {
    const list = byController.get(controllerId);
    if (list) list.push(license);
    else byController.set(controllerId, [license]);
  };
  for (const license of input.licenses) {
    if (license.segmentControllerId === null) continue;
    const change = transfer.has(license.licenseId)
      ? 'transferred'
      : letExpire.has(license.licenseId)
        ? 'letExpire'
        : 'kept';
    add(license.segmentControllerId, { ...license, change });
  }
  const cloud = new Map(input.cloudLicenses.map((l) => [l.licenseId, l]));
  for (const step of whatIf.activate) {
    const license = cloud.get(step.licenseId);
    if (!license) continue;
    add(step.segmentControllerId, {
      ...license,
      segmentControllerId: step.segmentControllerId,
      expiryDate: license.expiryDateIfActivatedToday,
      change: 'activated',
    });
  }
  return byController;
}

/**
 * SS-12 on one day, as `maintenanceCoverage` counts it: a license is in force up to the end of its
 * expiry day. ISO days compare as strings, which keeps 200 controllers × 12 dates cheap (PL-1).
 */
function coverageOn(licenses: readonly PlannedLicense[], date: IsoDate): Coverage {
  let capacity = 0;
  let maintained = 0;
  for (const license of licenses) {
    if (license.kind === 'capacity') capacity += license.deviceCount;
    else if (
      license.kind === 'maintenance' &&
      license.expiryDate !== null &&
      license.expiryDate >= date
    )
      maintained += license.deviceCount;
  }
  return { capacity, maintained, missing: Math.max(0, capacity - maintained) };
}

/** SS-13 backwards: the clock of an N-year term started N years before the day after expiry. */
function clockStart(expiry: IsoDate, termYears: number | null, today: IsoDate): IsoDate {
  if (termYears === null) return today;
  return addYears(dayAfter(expiry), -termYears);
}

/**
 * Date arithmetic is the planner's main cost at 2,000 licenses, and their expiries share far fewer
 * days: each is worked out once and kept for the next what-if, up to a bound.
 */
const CACHED_DAYS = 20_000;
const cache = new Map<string, IsoDate>();
function remembered(key: string, work: () => IsoDate): IsoDate {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHED_DAYS) cache.clear();
    value = work();
    cache.set(key, value);
  }
  return value;
}
const dayAfter = (day: IsoDate) => remembered(`+${day}`, () => addDays(day, 1));
const startOf = (expiry: IsoDate, termYears: number | null, today: IsoDate) =>
  remembered(`<${expiry}/${termYears}/${today}`, () => clockStart(expiry, termYears, today));
const orderEnd = (day: IsoDate) =>
  remembered(`>${day}`, () => maintenanceExpiry(day, ORDER_TERM_YEARS));

function planController(
  controller: PlannedController,
  licenses: readonly Effective[],
  today: IsoDate,
  end: IsoDate,
): ControllerPlan {
  const counted = licenses.filter((l) => l.change !== 'transferred');
  const maintenance = licenses.filter(
    (l): l is Effective & { expiryDate: IsoDate } =>
      l.kind === 'maintenance' && l.expiryDate !== null,
  );
  const bars = maintenance
    .filter((l) => l.expiryDate >= today)
    .map((l) => ({
      licenseId: l.licenseId,
      deviceCount: l.deviceCount,
      start: l.change === 'activated' ? today : startOf(l.expiryDate, l.termYears, today),
      expiry: l.expiryDate,
      change: l.change,
    }))
    .sort((a, b) => a.expiry.localeCompare(b.expiry));
  const dates = new Set([today]);
  for (const license of maintenance) {
    if (license.change === 'transferred') continue;
    const after = dayAfter(license.expiryDate);
    if (after > today && after < end) dates.add(after);
  }
  const steps = [...dates].sort().map((date) => ({ date, ...coverageOn(counted, date) }));
  return {
    ...controller,
    bars,
    steps,
    shortfalls: steps.filter((s) => s.missing > 0),
    order: orderFor(controller, steps, maintenance, today),
  };
}

/**
 * PL-1: maintenance for each rise of the shortfall, activated on the day it starts (the clock starts
 * at activation, SS-13, so a later start lasts longer); a license the Owner lets expire leaves a
 * gap that is not ordered for.
 */
function orderFor(
  controller: PlannedController,
  steps: readonly CoverageStep[],
  maintenance: readonly (Effective & { expiryDate: IsoDate })[],
  today: IsoDate,
): OrderLine[] {
  const accepted = maintenance.filter((l) => l.change === 'letExpire' && l.expiryDate >= today);
  const lines: OrderLine[] = [];
  let ordered = 0;
  for (const step of steps) {
    const gone = accepted
      .filter((l) => l.expiryDate < step.date)
      .reduce((sum, l) => sum + l.deviceCount, 0);
    const needed = Math.max(0, step.missing - gone);
    if (needed <= ordered) continue;
    lines.push({
      segmentControllerId: controller.id,
      segmentControllerName: controller.name,
      kind: 'maintenance',
      deviceCount: needed - ordered,
      termYears: ORDER_TERM_YEARS,
      activateBy: step.date,
      coversUntil: orderEnd(step.date),
    });
    ordered = needed;
  }
  return lines;
}

/**
 * PL-1: per segment controller the maintenance timeline, the coverage (SS-12) today and after each
 * expiry within the next 12 months, the shortfalls, and what to order to stay covered, with the
 * what-if steps applied. Pure, so the planner recomputes it on every tick of a what-if box.
 */
export function planCoverage(input: PlannerInput): Plan {
  const whatIf = input.whatIf ?? NO_WHAT_IF;
  const end = addMonths(input.today, PLAN_MONTHS);
  const byController = effectiveLicenses(input, whatIf);
  const controllers = input.controllers.map((controller) =>
    planController(controller, byController.get(controller.id) ?? [], input.today, end),
  );
  return {
    today: input.today,
    end,
    controllers,
    order: controllers.flatMap((c) => c.order),
  };
}

/** Nothing activated and nothing waiting that counts for coverage: the planner's empty state. */
export function nothingToPlan(input: Pick<PlannerInput, 'licenses' | 'cloudLicenses'>): boolean {
  const counts = (l: { kind: LicenseKind }) => l.kind === 'capacity' || l.kind === 'maintenance';
  return !input.licenses.some(counts) && !input.cloudLicenses.some(counts);
}
