import { customerRecordSchema, type CloudState, type CustomerRecord } from '@mocks/cloud/state';

/** A customer account the seed does not have (a partner creates one with `createCustomer`). */
export class CustomerBuilder {
  private fields: CustomerRecord;

  constructor(private readonly state: CloudState) {
    this.fields = {
      id: crypto.randomUUID(),
      partnerId: this.state.partners[0]?.id ?? '',
      name: 'P-Test Customer',
      contactEmails: [],
    };
  }

  withId(id: string): this {
    this.fields.id = id;
    return this;
  }

  named(name: string): this {
    this.fields.name = name;
    return this;
  }

  of(partner: { id: string }): this {
    this.fields.partnerId = partner.id;
    return this;
  }

  reachedAt(...contactEmails: string[]): this {
    this.fields.contactEmails = contactEmails;
    return this;
  }

  add(): CustomerRecord {
    const customer = customerRecordSchema.parse(this.fields);
    this.state.customers.push(customer);
    return customer;
  }
}
