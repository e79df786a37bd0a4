import { useQueryClient } from '@tanstack/react-query';
import { request } from './client';
import { planRoutes, type PlanBody } from './contract/plans';
import { useIdempotentMutation } from './idempotent-mutation';
import { invalidateAfterLicenseMove } from './license-moves';

/** PL-1: carries out the planner's what-if in one step, all or nothing. */
export function useCarryOutPlan() {
  const queryClient = useQueryClient();
  return useIdempotentMutation({
    mutationFn: (plan: PlanBody, idempotencyKey) =>
      request(planRoutes.carryOut, { body: plan, idempotencyKey }),
    onSettled: () => invalidateAfterLicenseMove(queryClient),
  });
}
