import type {
  DeviceRecord,
  FleetState,
  LicenseRecord,
  OutboxMessageRecord,
  PartnerRecord,
  SegmentControllerRecord,
} from '@mocks/cloud/state';
import { fleetStateSchema, licenseActivationSchema } from '@mocks/cloud/state';
import { writableState } from './cloud-state';

/*
 * Changes to what the seed already holds, for the situations no command brings about (a controller
 * going offline, a cloud that activates slowly, a partner with no stock). Found by name or id and
 * changed in place, so the tests name the situation instead of the state's paths.
 */

function named<T extends { name: string }>(records: T[], name: string, what: string): T {
  const found = records.find((record) => record.name === name);
  if (!found) throw new Error(`The seed has no ${what} named ${name}`);
  return found;
}

export class ExistingSegmentController {
  private readonly record: SegmentControllerRecord;

  constructor(name: string) {
    this.record = named(writableState().segmentControllers, name, 'segment controller');
  }

  get id(): string {
    return this.record.id;
  }

  /** The cloud no longer hears from it (SS-41 refuses a transfer from it). */
  offline(): this {
    this.record.online = false;
    return this;
  }

  online(): this {
    this.record.online = true;
    return this;
  }

  /** Without its devices, or only without those in one state. */
  withoutDevices(state?: DeviceRecord['state']): this {
    const root = writableState();
    root.devices = root.devices.filter(
      (d) => d.segmentControllerId !== this.record.id || (state !== undefined && d.state !== state),
    );
    return this;
  }
}

export class ExistingLicense {
  private readonly record: LicenseRecord;

  constructor(id: string) {
    const found = writableState().licenses.find((license) => license.id === id);
    if (!found) throw new Error(`No license ${id} in the cloud`);
    this.record = found;
  }

  /** Activated meanwhile, as by another client. */
  activatedOn(controller: { id: string }, activationDate = writableState().today): this {
    this.record.activation = licenseActivationSchema.parse({
      segmentControllerId: controller.id,
      activationDate,
      note: '',
    });
    return this;
  }

  /** PP-5: a partner transferred it under a new ID meanwhile. */
  replacedBy(successorId: string): this {
    this.record.supersededBy = successorId;
    return this;
  }

  /** Active nowhere, as if it had never been activated (or went back unseen). */
  notActivated(): this {
    this.record.activation = null;
    return this;
  }
}

export class ExistingPartner {
  private readonly record: PartnerRecord;

  constructor(name: string) {
    this.record = named(writableState().partners, name, 'partner');
  }

  get id(): string {
    return this.record.id;
  }

  withoutLicenses(): this {
    const root = writableState();
    root.licenses = root.licenses.filter((l) => l.partnerId !== this.record.id);
    return this;
  }

  withoutCustomers(): this {
    const root = writableState();
    root.customers = root.customers.filter((c) => c.partnerId !== this.record.id);
    return this;
  }
}

export class ExistingFleet {
  /** No license left to assign (LM-2). */
  withEmptyPool(): this {
    writableState().fleet.pool = [];
    return this;
  }

  /** A whole other fleet, such as `fleetOfSize(100_000, today)`. */
  replacedBy(fleet: FleetState): this {
    writableState().fleet = fleetStateSchema.parse(fleet);
    return this;
  }
}

export class ExistingCloud {
  /** How long an activation job takes per license (0: done at the next look). */
  activationTakes(msPerLicense: number): this {
    writableState().settings.activationMsPerLicense = msPerLicense;
    return this;
  }

  /** The licenses the predicate picks are gone, as if never sold. */
  withoutLicenses(gone: (license: Readonly<LicenseRecord>) => boolean): this {
    const root = writableState();
    root.licenses = root.licenses.filter((license) => !gone(license));
    return this;
  }

  /** No segment controller has saved a Customer ID (SS-36). */
  withoutSavedCustomerIds(): this {
    for (const controller of writableState().segmentControllers) controller.customerId = null;
    return this;
  }

  /** The outbox holds exactly these messages (see `a.outboxMessage()`). */
  outboxHolds(messages: OutboxMessageRecord[]): this {
    writableState().outbox = messages;
    return this;
  }
}
