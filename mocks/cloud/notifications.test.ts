import { describe, expect, it } from 'vitest';
import {
  OUTBOX_KEPT_MESSAGES,
  type SaveNotificationSettingsBody,
} from '@/api/contract/notifications';
import { CloudError } from './errors';
import { CloudModel } from './model';
import { seedTypicalSite } from './seed';

const RECIPIENTS = ['facilities@example.com', 'olivia.brandt@example.com'];

function setup(settings: Partial<SaveNotificationSettingsBody> = {}) {
  const model = new CloudModel(seedTypicalSite());
  model.saveNotificationSettings({
    recipients: RECIPIENTS,
    days: [90, 30, 7, 0],
    notifyOnActivation: true,
    ...settings,
  });
  return model;
}

function controllerId(model: CloudModel, name: string): string {
  const controller = model.state.segmentControllers.find((c) => c.name === name);
  if (!controller) throw new Error(`No ${name} in the seed`);
  return controller.id;
}

/** The activated maintenance license of a segment controller that expires on `expiry`. */
function maintenanceId(model: CloudModel, name: string, expiry: string): string {
  const id = controllerId(model, name);
  const license = model
    .listActivatedLicenses()
    .find((l) => l.segmentControllerId === id && l.expiryDate === expiry);
  if (!license) throw new Error(`No maintenance of ${name} expiring ${expiry}`);
  return license.licenseId;
}

/** The cloud's refusal of a settings body: its status, code and per-field messages. */
function refusal(body: Partial<SaveNotificationSettingsBody>) {
  const model = new CloudModel(seedTypicalSite());
  const before = structuredClone(model.state.notificationSettings);
  try {
    model.saveNotificationSettings({
      recipients: ['a@example.com'],
      days: [30],
      notifyOnActivation: true,
      ...body,
    });
  } catch (error) {
    if (!(error instanceof CloudError)) throw error;
    expect(model.state.notificationSettings).toEqual(before);
    return { status: error.status, code: error.code, fields: error.details?.fields };
  }
  throw new Error('Expected a refusal');
}

const sent = (model: CloudModel) =>
  model.state.outbox.map((m) => [m.sentOn, m.licenseId, m.subject] as const);

describe('SS-60: notification settings', () => {
  it('starts with no recipients, days 90, 30, 7, 0 and activation notices on', () => {
    expect(new CloudModel(seedTypicalSite()).notificationSettings()).toEqual({
      recipients: [],
      days: [90, 30, 7, 0],
      notifyOnActivation: true,
    });
  });

  it('stores addresses trimmed and lower-cased, days sorted from the earliest notice', () => {
    const model = new CloudModel(seedTypicalSite());
    expect(
      model.saveNotificationSettings({
        recipients: ['  Facilities@Example.COM ', 'ops@example.org'],
        days: [0, 14, 60],
        notifyOnActivation: false,
      }),
    ).toEqual({
      recipients: ['facilities@example.com', 'ops@example.org'],
      days: [60, 14, 0],
      notifyOnActivation: false,
    });
    expect(model.notificationSettings().days).toEqual([60, 14, 0]);
  });

  it.each([
    [{ recipients: [] }, { recipients: 'Add at least one recipient.' }],
    [
      { recipients: Array.from({ length: 11 }, (_, i) => `user${i}@example.com`) },
      { recipients: 'At most 10 recipients.' },
    ],
    [
      { recipients: ['a@example.com', 'b@example', 'not an address'] },
      {
        'recipients.1': 'b@example is not a valid e-mail address.',
        'recipients.2': 'not an address is not a valid e-mail address.',
      },
    ],
    [
      { recipients: ['a@example.com', ' A@Example.com'] },
      { 'recipients.1': 'a@example.com is already a recipient.' },
    ],
    [{ days: [30, 366] }, { 'days.1': 'Days before expiry are 0 to 365.' }],
    [{ days: [-1] }, { 'days.0': 'Days before expiry are 0 to 365.' }],
    [{ days: [1.5] }, { 'days.0': 'Use whole days: 1.5 is not one.' }],
    [{ days: [7, 30, 7] }, { 'days.2': '7 is already in the list.' }],
  ])('refuses %j, saying where and why', (body, fields) => {
    expect(refusal(body)).toEqual({ status: 400, code: 'validation_failed', fields });
  });

  it('is for the Owner only (SS-1)', () => {
    const model = new CloudModel(seedTypicalSite());
    model.signInAs('Admin');
    expect(() => model.notificationSettings()).toThrow(/Only the Owner/);
    expect(() =>
      model.saveNotificationSettings({
        recipients: RECIPIENTS,
        days: [],
        notifyOnActivation: true,
      }),
    ).toThrow(/Only the Owner/);
    expect(() => model.listOutbox()).toThrow(/Only the Owner/);
  });
});

describe('SS-61: expiry notices as the days pass', () => {
  const PLANT_ROOM_NOTICES = [
    ['2026-12-07', 'Maintenance license expires in 7 days: Plant Room'],
    ['2026-12-14', 'Maintenance license expires today: Plant Room'],
  ];

  it('sends Plant Room’s 7-day and 0-day notices once each, a day at a time', () => {
    const model = setup();
    const plantRoom = maintenanceId(model, 'Plant Room', '2026-12-14');
    while (model.clock().today < '2026-12-15') model.advanceClock({ days: 1 });
    expect(sent(model)).toEqual(
      PLANT_ROOM_NOTICES.map(([day, subject]) => [day, plantRoom, subject]),
    );
  });

  it('sends the same in one move of the clock', () => {
    const model = setup();
    const plantRoom = maintenanceId(model, 'Plant Room', '2026-12-14');
    model.advanceClock({ to: '2026-12-15' });
    expect(sent(model)).toEqual(
      PLANT_ROOM_NOTICES.map(([day, subject]) => [day, plantRoom, subject]),
    );
  });

  it('e-mails every recipient, naming the license and the end of its expiry day', () => {
    const model = setup();
    const plantRoom = maintenanceId(model, 'Plant Room', '2026-12-14');
    model.advanceClock({ to: '2026-12-07' });
    const [message] = model.listOutbox();
    expect(message?.recipients).toEqual(RECIPIENTS);
    expect(message?.body).toContain('Segment controller: Plant Room');
    expect(message?.body).toContain(`License ID: ${plantRoom}`);
    expect(message?.body).toContain('1-year maintenance (25 devices)');
    expect(message?.body).toContain('expires at the end of 2026-12-14');
  });

  it('sends Main Hall’s 90-day and 30-day notices once each, newest first in the outbox', () => {
    const model = setup();
    const mainHall = maintenanceId(model, 'Main Hall', '2027-04-19');
    model.advanceClock({ to: '2027-01-19' });
    model.advanceClock({ to: '2027-03-20' });
    const forMainHall = sent(model).filter(([, id]) => id === mainHall);
    expect(forMainHall).toEqual([
      ['2027-01-19', mainHall, 'Maintenance license expires in 90 days: Main Hall'],
      ['2027-03-20', mainHall, 'Maintenance license expires in 30 days: Main Hall'],
    ]);
    expect(model.listOutbox()[0]?.subject).toBe(
      'Maintenance license expires in 30 days: Main Hall',
    );
    expect(model.listOutbox().map((m) => m.sentOn)).toEqual(
      [...model.listOutbox().map((m) => m.sentOn)].sort().reverse(),
    );
  });

  it('sends nothing while there are no recipients', () => {
    const model = new CloudModel(seedTypicalSite());
    model.advanceClock({ to: '2027-04-20' });
    expect(model.listOutbox()).toEqual([]);
  });

  it('sends nothing for a day that is not configured', () => {
    const model = setup({ days: [1] });
    model.advanceClock({ to: '2026-12-12' });
    expect(model.listOutbox()).toEqual([]);
    model.advanceClock({ days: 1 });
    expect(sent(model).map(([day, , subject]) => [day, subject])).toEqual([
      ['2026-12-13', 'Maintenance license expires in 1 day: Plant Room'],
    ]);
  });
});

describe('SS-60: activation notices', () => {
  function activateMaintenance(model: CloudModel) {
    const mainHall = controllerId(model, 'Main Hall');
    const maintenance = model
      .listCloudLicenses()
      .find((l) => l.segmentControllerIds.includes(mainHall) && l.kind === 'maintenance');
    if (!maintenance) throw new Error('No maintenance license for Main Hall in the cloud');
    model.startActivation(
      [{ segmentControllerId: mainHall, licenseId: maintenance.licenseId }],
      null,
    );
    expect(model.listActivationJobs()[0]?.items[0]?.state).toBe('activated');
    return maintenance.licenseId;
  }

  it('tells the recipients when a maintenance license is activated', () => {
    const model = setup();
    const licenseId = activateMaintenance(model);
    expect(model.listOutbox()).toMatchObject([
      {
        sentOn: '2026-11-23',
        recipients: RECIPIENTS,
        subject: 'Maintenance license activated: Main Hall',
        licenseId,
      },
    ]);
  });

  it('stays quiet when the toggle is off', () => {
    const model = setup({ notifyOnActivation: false });
    activateMaintenance(model);
    expect(model.listOutbox()).toEqual([]);
  });

  it('stays quiet without recipients', () => {
    const model = new CloudModel(seedTypicalSite());
    activateMaintenance(model);
    expect(model.listOutbox()).toEqual([]);
  });
});

describe('SS-62: the outbox keeps the newest messages only (issue 16: lists must not grow without bound)', () => {
  it(`keeps the newest ${OUTBOX_KEPT_MESSAGES}, each with its own id, newest first`, () => {
    const everyDay = Array.from({ length: 366 }, (_, day) => day);
    const model = setup({ days: everyDay });
    model.advanceClock({ days: 160 });
    const outbox = model.listOutbox();
    expect(outbox).toHaveLength(OUTBOX_KEPT_MESSAGES);
    expect(outbox[0]?.sentOn).toBe(model.clock().today);
    expect(new Set(outbox.map((m) => m.id)).size).toBe(OUTBOX_KEPT_MESSAGES);
  });
});
