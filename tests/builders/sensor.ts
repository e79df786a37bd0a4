import { touchFleet } from '@mocks/cloud/fleet-revision';
import { sensorRecordSchema, type CloudState, type SensorRecord } from '@mocks/cloud/state';

/** A sensor of the test's own in the License Manager's fleet, so a case controls its dates. */
export class SensorBuilder {
  private fields: SensorRecord;

  constructor(private readonly state: CloudState) {
    this.fields = {
      serial: `T${state.fleet.sensors.length}`,
      name: 'Test sensor',
      location: 'Lab',
      autoRenewal: true,
      current: null,
      queue: [],
      lastMeasurementAt: null,
      renewedFromPool: null,
      events: [],
    };
  }

  /** Any of the record's fields, such as the running license (`current`) or `autoRenewal`. */
  with(fields: Partial<SensorRecord>): this {
    this.fields = { ...this.fields, ...fields };
    return this;
  }

  add(): SensorRecord {
    const sensor = sensorRecordSchema.parse(this.fields);
    this.state.fleet.sensors.push(sensor);
    touchFleet(this.state.fleet);
    return sensor;
  }
}
