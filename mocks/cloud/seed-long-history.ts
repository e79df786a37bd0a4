import { addDays } from '@/domain/dates';
import { AUDIT_KEPT_EVENTS, auditSnapshots, recordAudit, recordRefusal } from './audit';
import { seedTypicalSite } from './seed';
import type { CloudState, LicenseRecord } from './state';

/**
 * AU-1's benchmark: the typical site whose first activated license has a History of 1,000 events
 * (the most the trail keeps): its note changed again and again over the past years, by the Owner,
 * with the User's refused attempts among them.
 */
export function seedLongHistory(): CloudState {
  const state = seedTypicalSite();
  const license = state.licenses.find((l) => l.activation !== null);
  const owner = state.users.find((u) => u.role === 'Owner');
  const user = state.users.find((u) => u.role === 'User');
  if (!license?.activation || !owner || !user) throw new Error('The typical site has changed.');
  const today = state.today;
  const start = addDays(today, -AUDIT_KEPT_EVENTS);
  let current: LicenseRecord = license;
  for (let i = 0; i < AUDIT_KEPT_EVENTS; i += 1) {
    state.today = addDays(start, i);
    const nowMs = Date.parse(`${state.today}T09:00:00Z`);
    if (i % 10 === 9) {
      recordRefusal(state, {
        actor: { app: 'cms', id: user.id, name: user.name, role: user.role },
        command: 'cms.updateNote',
        nowMs,
        ids: [license.id],
        refusal: {
          status: 403,
          code: 'forbidden',
          message: 'Only the Owner can manage licenses; you are signed in as User.',
        },
      });
      continue;
    }
    const next: LicenseRecord = {
      ...current,
      activation: current.activation && { ...current.activation, note: `Rack ${i + 1}` },
    };
    recordAudit(state, {
      actor: { app: 'cms', id: owner.id, name: owner.name, role: owner.role },
      command: 'cms.updateNote',
      nowMs,
      before: auditSnapshots({ [license.id]: current }),
      after: auditSnapshots({ [license.id]: next }),
    });
    current = next;
  }
  state.today = today;
  state.licenses = state.licenses.map((l) => (l.id === license.id ? current : l));
  return state;
}
