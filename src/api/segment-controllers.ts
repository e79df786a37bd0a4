import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { upperAscii } from '@/domain/text-input';
import type { Translate } from '@/lib/i18n';
import { asciiOnlyIn } from '@/lib/i18n/input-text';
import { z } from 'zod/mini';
import { request } from './client';
import { cloudLicenseQueries } from './cloud-licenses';
import {
  installCodeSchema,
  segmentControllerRoutes,
  type SegmentController,
} from './contract/segment-controllers';

/** A code's shape, the same in every language. */
export const INSTALL_CODE_EXAMPLE = '7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q';

/**
 * An install code as a person types or pastes it, in the form the cloud knows: spaces (around it,
 * between groups, instead of dashes) and lower case are forgiven, so "7kq2m xtdrt 4hbna p3wce
 * 5lz6q" is 7KQ2M-XTDRT-4HBNA-P3WCE-5LZ6Q. A form shows this value back to the user.
 */
export function normalizeInstallCode(typed: string): string {
  const compact = upperAscii(typed.replace(/[ \t]+/g, ''));
  return /^[A-Z2-7]{25}$/.test(compact) ? (compact.match(/.{5}/g) ?? []).join('-') : compact;
}

/** An install code as typed, in the cloud's form when it is one; undefined when it is not. */
export function installCodeAsTyped(typed: string): string | undefined {
  const code = normalizeInstallCode(typed.trim());
  return installCodeSchema.safeParse(code).success ? code : undefined;
}

/** A form's install code field: what is wrong with it in the user's language. */
export const typedInstallCodeSchema = (t: Translate) =>
  z
    .pipe(
      z.string().check(z.trim(), z.superRefine(asciiOnlyIn('lettersAndDigits', t))),
      z.transform(normalizeInstallCode),
    )
    .check(
      z.refine(
        (code) => installCodeSchema.safeParse(code).success,
        t('common.input.installCodeFormat', { example: INSTALL_CODE_EXAMPLE }),
      ),
    );

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
