import { licenseRecordSchema, type CloudState, type LicenseRecord } from '@mocks/cloud/state';

type LicenseFields = Omit<LicenseRecord, 'id'> & { id?: string };

/** A license the seed does not have, checked by the state's schema when it is added. */
export class LicenseBuilder {
  private fields: LicenseFields;

  constructor(private readonly state: CloudState) {
    this.fields = {
      kind: 'capacity',
      deviceCount: 50,
      termYears: null,
      partnerId: state.partners[0]?.id ?? '',
      purchaseOrder: 'PO-TEST',
      purchaseDate: state.today,
      customerId: null,
      transferDate: null,
      supersededBy: null,
      firstActivationDate: null,
      activation: null,
      upgradeUse: null,
      remoteCms: null,
    };
  }

  /** Every field of another license (a new id unless `withId` is given). */
  like(license: LicenseRecord): this {
    const { id: _copiedId, ...fields } = license;
    this.fields = { ...fields };
    return this;
  }

  withId(id: string): this {
    this.fields.id = id;
    return this;
  }

  capacity(): this {
    this.fields.kind = 'capacity';
    this.fields.termYears = null;
    return this;
  }

  maintenance(termYears: number): this {
    this.fields.kind = 'maintenance';
    this.fields.termYears = termYears;
    return this;
  }

  /** SS-72: a one-time upgrade license, unused. */
  upgrade(): this {
    this.fields.kind = 'upgrade';
    this.fields.termYears = null;
    this.fields.deviceCount = 0;
    return this;
  }

  /**
   * SS-74, CS-3: a 1-year Remote CMS license as Customer Success issues it: held by the partner's
   * first customer account and activated on the CMS itself (no segment controller) on that day.
   */
  remoteCms(
    segmentControllerLimit: number,
    cmsName: string,
    activationDate = this.state.today,
  ): this {
    const account = this.state.customers.find((c) => c.partnerId === this.fields.partnerId);
    this.fields.kind = 'remote-cms';
    this.fields.deviceCount = 0;
    this.fields.termYears = 1;
    this.fields.remoteCms = { segmentControllerLimit, cmsName };
    this.fields.customerId = account?.id ?? null;
    this.fields.purchaseDate = activationDate;
    this.fields.transferDate = activationDate;
    this.fields.firstActivationDate = activationDate;
    this.fields.activation = { segmentControllerId: null, activationDate, note: '' };
    return this;
  }

  forDevices(deviceCount: number): this {
    this.fields.deviceCount = deviceCount;
    return this;
  }

  /** In the partner's stock. */
  of(partner: { id: string }): this {
    this.fields.partnerId = partner.id;
    return this;
  }

  purchaseOrder(purchaseOrder: string): this {
    this.fields.purchaseOrder = purchaseOrder;
    return this;
  }

  purchasedOn(purchaseDate: string): this {
    this.fields.purchaseDate = purchaseDate;
    return this;
  }

  /** Active on that segment controller since the day, with a note as the Owner wrote it. */
  activatedOn(controller: { id: string }, activationDate = this.state.today, note = ''): this {
    this.fields.activation = { segmentControllerId: controller.id, activationDate, note };
    this.fields.firstActivationDate ??= activationDate;
    return this;
  }

  /** Adds it to the cloud and answers the stored record. */
  add(): LicenseRecord {
    const license = licenseRecordSchema.parse({ id: crypto.randomUUID(), ...this.fields });
    this.state.licenses.push(license);
    return license;
  }
}
