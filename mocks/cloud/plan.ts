import type { ErrorBody } from '@/api/contract/common';
import type { PlanBody, PlanResult } from '@/api/contract/plans';
import { activationRefusal, applyActivation } from './activation-jobs';
import { transferToCloud } from './cms-licenses';
import { CloudError } from './errors';
import { activationInProgress, isBeingActivated } from './running-jobs';
import type { CloudState } from './state';

const STATUS: Record<string, CloudError['status']> = {
  segment_controller_not_found: 404,
  license_not_found: 404,
  segment_offline: 503,
  wrong_account: 422,
  license_not_sold: 422,
  not_for_platform: 422,
};

const refused = (problem: ErrorBody, target: PlanBody['activate'][number]) =>
  new CloudError(STATUS[problem.code] ?? 409, problem.code, problem.message, {
    ...problem.details,
    licenseId: target.licenseId,
    segmentControllerId: target.segmentControllerId,
  });

/**
 * PL-1: the planner's what-if, carried out as one command, all or nothing: every step is checked
 * against the rules the single commands enforce (SS-35 activation, SS-41 transfer) before anything
 * changes. Activation is applied at once, not as a job (SS-33): a job activates license by license
 * and may stop half-way, which a plan must never do.
 */
export function carryOutPlan(state: CloudState, plan: PlanBody): PlanResult {
  const ids = [...plan.activate.map((a) => a.licenseId), ...plan.transfer, ...plan.letExpire];
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice) {
    throw new CloudError(
      409,
      'license_listed_twice',
      `License ${twice} is in the plan more than once: choose one step for it.`,
      { licenseId: twice },
    );
  }
  for (const id of plan.letExpire) {
    if (!state.licenses.some((l) => l.id === id && l.activation !== null)) {
      throw new CloudError(
        404,
        'license_not_activated',
        'This license is not activated on this CMS.',
        {
          licenseId: id,
        },
      );
    }
  }
  for (const target of plan.activate) {
    if (isBeingActivated(state, target.licenseId))
      throw activationInProgress(target.licenseId, 'carrying out the plan');
    const problem = activationRefusal(state, target);
    if (problem) throw refused(problem, target);
  }
  // Checks every transfer before it changes anything; the activations were all checked above.
  const transferred =
    plan.transfer.length > 0
      ? transferToCloud(state, [...plan.transfer]).transferredLicenseIds
      : [];
  for (const target of plan.activate) applyActivation(state, target);
  return {
    activatedLicenseIds: plan.activate.map((a) => a.licenseId),
    transferredLicenseIds: transferred,
    letExpireLicenseIds: [...plan.letExpire],
    date: state.today,
  };
}
