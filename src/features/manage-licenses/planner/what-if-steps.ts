import type { WhatIf } from '@/domain/planner';

export type ActivatedStep = 'keep' | 'transfer' | 'letExpire';

const without = (whatIf: WhatIf, licenseId: string): WhatIf => ({
  activate: whatIf.activate.filter((a) => a.licenseId !== licenseId),
  transfer: whatIf.transfer.filter((id) => id !== licenseId),
  letExpire: whatIf.letExpire.filter((id) => id !== licenseId),
});

/** PL-1: one step per license; choosing another replaces the one before. */
export function withActivatedStep(whatIf: WhatIf, licenseId: string, step: ActivatedStep): WhatIf {
  const rest = without(whatIf, licenseId);
  if (step === 'transfer') return { ...rest, transfer: [...rest.transfer, licenseId] };
  if (step === 'letExpire') return { ...rest, letExpire: [...rest.letExpire, licenseId] };
  return rest;
}

export function withCloudStep(
  whatIf: WhatIf,
  licenseId: string,
  segmentControllerId: string | null,
): WhatIf {
  const rest = without(whatIf, licenseId);
  if (segmentControllerId === null) return rest;
  return { ...rest, activate: [...rest.activate, { licenseId, segmentControllerId }] };
}

export function activatedStepOf(whatIf: WhatIf, licenseId: string): ActivatedStep {
  if (whatIf.transfer.includes(licenseId)) return 'transfer';
  if (whatIf.letExpire.includes(licenseId)) return 'letExpire';
  return 'keep';
}

export function cloudStepOf(whatIf: WhatIf, licenseId: string): string | null {
  return whatIf.activate.find((a) => a.licenseId === licenseId)?.segmentControllerId ?? null;
}

/** Only activating and transferring change the cloud: a plan of "let expire" alone has nothing to do. */
export const changesTheCloud = (whatIf: WhatIf) =>
  whatIf.activate.length + whatIf.transfer.length > 0;
