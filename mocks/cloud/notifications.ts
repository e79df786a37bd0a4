import type {
  NotificationSettings,
  OutboxMessage,
  SaveNotificationSettingsBody,
} from '@/api/contract/notifications';
import { addDays, type IsoDate } from '@/domain/dates';
import {
  noticeDayProblem,
  normalizeRecipient,
  recipientCountProblem,
  recipientProblem,
} from '@/domain/notifications';
import { expiryOf } from './cms-licenses';
import { deliver } from './outbox';
import { CloudError } from './errors';
import type { CloudState, LicenseRecord } from './state';
import { describeLicense } from './license-words';
import {
  noticeDayProblemText,
  recipientCountText,
  recipientProblemText,
} from './notification-words';

export function getNotificationSettings(state: CloudState): NotificationSettings {
  return structuredClone(state.notificationSettings);
}

/** SS-60: every mistake gets its own message, keyed by where it is (`recipients.2`, `days.1`). */
function settingsProblems(body: SaveNotificationSettingsBody): Record<string, string> {
  const fields: Record<string, string> = {};
  body.recipients.forEach((recipient, index) => {
    const problem = recipientProblem(recipient, body.recipients.slice(0, index));
    if (problem) fields[`recipients.${index}`] = recipientProblemText(problem);
  });
  const countProblem = recipientCountProblem(body.recipients.length);
  if (countProblem) fields.recipients = recipientCountText(countProblem);
  body.days.forEach((day, index) => {
    const problem = noticeDayProblem(day, body.days.slice(0, index));
    if (problem) fields[`days.${index}`] = noticeDayProblemText(problem);
  });
  return fields;
}

export function saveNotificationSettings(
  state: CloudState,
  body: SaveNotificationSettingsBody,
): NotificationSettings {
  const fields = settingsProblems(body);
  const first = Object.values(fields)[0];
  if (first !== undefined) throw new CloudError(400, 'validation_failed', first, { fields });
  state.notificationSettings = {
    recipients: body.recipients.map(normalizeRecipient),
    days: [...body.days].sort((a, b) => b - a),
    notifyOnActivation: body.notifyOnActivation,
  };
  return getNotificationSettings(state);
}

/** SS-62: newest first; within a day, the message sent last first. */
export function listOutbox(state: CloudState): OutboxMessage[] {
  return structuredClone(state.outbox).reverse();
}

function controllerName(state: CloudState, license: LicenseRecord): string {
  const id = license.activation?.segmentControllerId;
  return state.segmentControllers.find((c) => c.id === id)?.name ?? 'an unknown segment controller';
}

function send(
  state: CloudState,
  message: { id: string; subject: string; lines: string[]; licenseId: string },
): void {
  const { recipients } = state.notificationSettings;
  if (recipients.length === 0) return;
  deliver(state, {
    id: message.id,
    sentOn: state.today,
    recipients: [...recipients],
    subject: message.subject,
    body: message.lines.join('\n'),
    licenseId: message.licenseId,
  });
}

function licenseLines(state: CloudState, license: LicenseRecord, expiry: IsoDate): string[] {
  return [
    `Segment controller: ${controllerName(state, license)}`,
    `License ID: ${license.id}`,
    `Description: ${describeLicense(license)}`,
    // Spec §0: expiry is the end of the expiry day.
    `The maintenance license expires at the end of ${expiry}.`,
  ];
}

/** SS-61: one message per license per day, for each configured number of days before expiry. */
export function sendExpiryNotices(state: CloudState, day: IsoDate): void {
  const { days } = state.notificationSettings;
  for (const license of state.licenses) {
    const expiry = expiryOf(license);
    if (!license.activation || expiry === null) continue;
    const before = days.find((n) => addDays(day, n) === expiry);
    if (before === undefined) continue;
    const when =
      before === 0 ? 'expires today' : `expires in ${before} ${before === 1 ? 'day' : 'days'}`;
    send(state, {
      id: `${day}:expiry:${license.id}`,
      subject: `Maintenance license ${when}: ${controllerName(state, license)}`,
      lines: licenseLines(state, license, expiry),
      licenseId: license.id,
    });
  }
}

/** SS-60 toggle: activating or renewing a maintenance license tells the recipients. */
export function notifyMaintenanceActivated(state: CloudState, licenseId: string): void {
  const license = state.licenses.find((l) => l.id === licenseId);
  const expiry = license ? expiryOf(license) : null;
  if (!license?.activation || expiry === null || !state.notificationSettings.notifyOnActivation)
    return;
  send(state, {
    // Unique should the same license be activated twice in a day.
    id: `${state.today}:activated:${license.id}:${crypto.randomUUID()}`,
    subject: `Maintenance license activated: ${controllerName(state, license)}`,
    lines: licenseLines(state, license, expiry),
    licenseId: license.id,
  });
}
