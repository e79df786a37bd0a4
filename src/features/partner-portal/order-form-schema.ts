import { z } from 'zod/mini';
import {
  MAX_PURCHASE_ORDER_LENGTH,
  ORDER_LIMITS,
  orderLicensesBodySchema,
  type OrderLicensesBody,
} from '@/api/contract/partner-portal';
import type { LicenseKind } from '@/domain/licenses';
import type { Translate } from '@/lib/i18n';
import { plainTextIn } from '@/lib/i18n/input-text';

/** PP-9: only capacity and maintenance licenses have devices; only maintenance a term. */
export const hasDevices = (kind: LicenseKind) => kind === 'capacity' || kind === 'maintenance';

/** A whole number as typed: spaces and thousands separators ("1,000", "1.000", "1 000") forgiven. */
function wholeNumber(typed: string): number | null {
  const digits = typed.replace(/[\s,.'’]/g, '');
  return /^\d{1,9}$/.test(digits) ? Number(digits) : null;
}

/** The devices per license as typed, or null when not a count the cloud accepts. */
function devicesIn(typed: string): number | null {
  const value = wholeNumber(typed);
  return value !== null && value >= 1 && value <= ORDER_LIMITS.maxDevices ? value : null;
}

function countIn(max: number, message: string) {
  return z.pipe(
    z.string(),
    z.transform((typed, ctx) => {
      const value = wholeNumber(typed);
      if (value === null || value < 1 || value > max) {
        ctx.issues.push({ code: 'custom', message, input: typed });
        return z.NEVER;
      }
      return value;
    }),
  );
}

/**
 * The order form as typed, checked in the user's language, and turned into the body the cloud
 * reads (whose own schema it then passes).
 */
export const orderFormSchema = (t: Translate) =>
  z.pipe(
    z.pipe(
      z
        .object({
          kind: z.enum(['capacity', 'maintenance', 'core', 'upgrade']),
          deviceCount: z.string(),
          termYears: z.enum(['1', '3']),
          quantity: countIn(
            ORDER_LIMITS.maxQuantity,
            t('partner.order.quantityInvalid', { max: ORDER_LIMITS.maxQuantity }),
          ),
          purchaseOrder: z
            .string()
            .check(
              z.trim(),
              z.minLength(1, t('partner.order.purchaseOrderRequired')),
              z.maxLength(
                MAX_PURCHASE_ORDER_LENGTH,
                t('partner.order.purchaseOrderTooLong', { max: MAX_PURCHASE_ORDER_LENGTH }),
              ),
              z.superRefine(plainTextIn('purchaseOrder', t)),
            ),
        })
        .check(
          z.superRefine(
            (form, ctx) => {
              if (hasDevices(form.kind) && devicesIn(form.deviceCount) === null)
                ctx.addIssue({
                  code: 'custom',
                  message: t('partner.order.devicesInvalid', { max: ORDER_LIMITS.maxDevices }),
                  path: ['deviceCount'],
                });
            },
            { when: () => true },
          ),
        ),
      z.transform((form): OrderLicensesBody => ({
        kind: form.kind,
        deviceCount: hasDevices(form.kind) ? devicesIn(form.deviceCount) : null,
        termYears: form.kind === 'maintenance' ? Number(form.termYears) : null,
        quantity: form.quantity,
        purchaseOrder: form.purchaseOrder,
      })),
    ),
    orderLicensesBodySchema,
  );

export type OrderFormValues = z.input<ReturnType<typeof orderFormSchema>>;
