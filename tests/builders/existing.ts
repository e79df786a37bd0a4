import type {
  CloudState,
  DeviceRecord,
  FleetState,
  LicenseRecord,
  OutboxMessageRecord,
  PartnerRecord,
  SegmentControllerRecord,
  SensorRecord,
} from '@mocks/cloud/state';
import { touchFleet } from '@mocks/cloud/fleet-revision';
import { fleetStateSchema, licenseActivationSchema } from '@mocks/cloud/state';

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

  constructor(
    private readonly state: CloudState,
    name: string,
  ) {
    this.record = named(state.segmentControllers, name, 'segment controller');
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
    this.state.devices = this.state.devices.filter(
      (d) => d.segmentControllerId !== this.record.id || (state !== undefined && d.state !== state),
    );
    return this;
  }
}

export class ExistingLicense {
  private readonly record: LicenseRecord;

  constructor(
    private readonly state: CloudState,
    id: string,
  ) {
    const found = state.licenses.find((license) => license.id === id);
    if (!found) throw new Error(`No license ${id} in the cloud`);
    this.record = found;
  }

  /** Activated meanwhile, as by another client. */
  activatedOn(controller: { id: string }, activationDate = this.state.today): this {
    this.record.activation = licenseActivationSchema.parse({
      segmentControllerId: controller.id,
      activationDate,
      note: '',
    });
    return this;
  }

  /** Held by that customer account (null: in its partner's stock), whatever the rules say. */
  heldBy(customerId: string | null): this {
    this.record.customerId = customerId;
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

  constructor(
    private readonly state: CloudState,
    name: string,
  ) {
    this.record = named(state.partners, name, 'partner');
  }

  withoutLicenses(): this {
    this.state.licenses = this.state.licenses.filter((l) => l.partnerId !== this.record.id);
    return this;
  }

  withoutCustomers(): this {
    this.state.customers = this.state.customers.filter((c) => c.partnerId !== this.record.id);
    return this;
  }
}

export class ExistingSensor {
  private readonly record: SensorRecord;
  private readonly fleet: FleetState;

  constructor(state: CloudState, serial: string) {
    this.fleet = state.fleet;
    const found = state.fleet.sensors.find((sensor) => sensor.serial === serial);
    if (!found) throw new Error(`No sensor ${serial} in the fleet`);
    this.record = found;
  }

  /** Renamed, as by a fleet administrator outside this app. */
  named(name: string): this {
    this.record.name = name;
    // As a command would: the fleet's index (search column, orders) reads the change.
    touchFleet(this.fleet);
    return this;
  }
}

export class ExistingFleet {
  constructor(private readonly state: CloudState) {}

  /** No license left to assign (LM-2). */
  withEmptyPool(): this {
    this.state.fleet.pool = [];
    return this;
  }

  withoutSensors(): this {
    this.state.fleet.sensors = [];
    touchFleet(this.state.fleet);
    return this;
  }

  /** A whole other fleet, such as `fleetOfSize(100_000, today)`. */
  replacedBy(fleet: FleetState): this {
    this.state.fleet = fleetStateSchema.parse(fleet);
    return this;
  }
}

export class ExistingCloud {
  constructor(private readonly state: CloudState) {}

  /** How long an activation job takes per license (0: done at the next look). */
  activationTakes(msPerLicense: number): this {
    this.state.settings.activationMsPerLicense = msPerLicense;
    return this;
  }

  /** The licenses the predicate picks are gone, as if never sold. */
  withoutLicenses(gone: (license: Readonly<LicenseRecord>) => boolean): this {
    this.state.licenses = this.state.licenses.filter((license) => !gone(license));
    return this;
  }

  /** No segment controller has saved a Customer ID (SS-36). */
  withoutSavedCustomerIds(): this {
    for (const controller of this.state.segmentControllers) controller.customerId = null;
    return this;
  }

  /** SS-60: who is told about maintenance expiry and activations. */
  notifying(...recipients: string[]): this {
    this.state.notificationSettings.recipients = recipients;
    return this;
  }

  /** The outbox holds exactly these messages (see `a.outboxMessage()`). */
  outboxHolds(messages: OutboxMessageRecord[]): this {
    this.state.outbox = messages;
    return this;
  }
}
