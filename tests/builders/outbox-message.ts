import {
  outboxMessageRecordSchema,
  type CloudState,
  type OutboxMessageRecord,
} from '@mocks/cloud/state';

/** An e-mail as the simulated cloud stores it once sent (SS-62). */
export class OutboxMessageBuilder {
  private fields: OutboxMessageRecord;

  constructor(private readonly state: CloudState) {
    this.fields = {
      id: crypto.randomUUID(),
      sentOn: this.state.today,
      recipients: [],
      subject: '',
      body: '',
      licenseId: null,
    };
  }

  withId(id: string): this {
    this.fields.id = id;
    return this;
  }

  sentOn(day: string): this {
    this.fields.sentOn = day;
    return this;
  }

  to(...recipients: string[]): this {
    this.fields.recipients = recipients;
    return this;
  }

  subject(subject: string): this {
    this.fields.subject = subject;
    return this;
  }

  build(): OutboxMessageRecord {
    return outboxMessageRecordSchema.parse(this.fields);
  }
}
