import type { BulkAction } from '@/api/contract/fleet-bulk';

/** LM-12: the bulk actions the menu offers, one word each for their texts. */
export const BULK_ACTIONS = ['assign', 'autoRenewalOn', 'autoRenewalOff', 'removeQueued'] as const;
export type BulkActionChoice = (typeof BULK_ACTIONS)[number];

/** The command the cloud takes for a choice; assigning needs the key. */
export function bulkActionOf(choice: BulkActionChoice, keyId: string): BulkAction {
  switch (choice) {
    case 'assign':
      return { kind: 'assign', keyId };
    case 'autoRenewalOn':
      return { kind: 'autoRenewal', on: true };
    case 'autoRenewalOff':
      return { kind: 'autoRenewal', on: false };
    case 'removeQueued':
      return { kind: 'removeQueued' };
  }
}
