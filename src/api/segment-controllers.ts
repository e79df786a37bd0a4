import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { upperAscii } from '@/domain/text-input';
import { z } from 'zod';
import { request } from './client';
import { cloudLicenseQueries } from './cloud-licenses';
import { asciiOnly } from './contract/common';
import {
  installCodeSchema,
  segmentControllerRoutes,
  type SegmentController,
} from './contract/segment-controllers';

const INSTALL_CODE_FORMAT_MESSAGE =
  'An install code is 5 groups of 5 characters (A–Z, 2–7), such as 7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q.';

/**
 * An install code as a person types or pastes it, in the form the cloud knows: spaces (around it,
 * between groups, instead of dashes) and lower case are forgiven, so "7kq2m xtdrt 4hbna p3wce
 * 5lz6q" is 7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q. A form shows this value back to the user.
 */
export function normalizeInstallCode(typed: string): string {
  const compact = upperAscii(typed.replace(/[ \t]+/g, ''));
  return /^[A-Z2-7]{25}$/.test(compact) ? (compact.match(/.{5}/g) ?? []).join('-') : compact;
}

export const typedInstallCodeSchema = z
  .string()
  .trim()
  .superRefine(asciiOnly('Latin letters and digits'))
  .transform(normalizeInstallCode)
  .refine((code) => installCodeSchema.safeParse(code).success, INSTALL_CODE_FORMAT_MESSAGE);

export function totalDevices(controller: SegmentController): number {
  const { provisioned, unprovisioned, unlicensed } = controller.devices;
  return provisioned + unprovisioned + unlicensed;
}

export const segmentControllerQueries = {
  all: () => ['segment-controllers'] as const,
  list: () =>
    queryOptions({
      queryKey: [...segmentControllerQueries.all(), 'list'],
      queryFn: ({ signal }) => request(segmentControllerRoutes.list, { signal }),
      select: (data) => data.items,
    }),
};

/** SS-21: a saved Customer ID changes which cloud licenses the segment controller can download. */
export function useSaveCustomerId() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      segmentControllerId,
      customerId,
    }: {
      segmentControllerId: string;
      customerId: string | null;
    }) =>
      request(segmentControllerRoutes.saveCustomerId, {
        params: { id: segmentControllerId },
        body: { customerId },
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: segmentControllerQueries.all() }),
        queryClient.invalidateQueries({ queryKey: cloudLicenseQueries.all() }),
      ]),
  });
}
