import type { SupportController } from '@/api/contract/customer-success';

/** CS-2: what a return sends back to the cloud; core and used upgrade licenses stay. */
export function returnableLicenses(controller: SupportController) {
  return controller.licenses.filter((l) => l.kind === 'capacity' || l.kind === 'maintenance');
}
