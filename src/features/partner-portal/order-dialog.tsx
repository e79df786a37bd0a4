import { useMemo } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useForm, useWatch } from 'react-hook-form';
import { fieldRefusalOf } from '@/api/errors';
import { useOrderLicenses } from '@/api/partner-portal';
import { ORDER_LIMITS, type OrderLicensesBody } from '@/api/contract/partner-portal';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { FormSelectField } from '@/components/form-select-field';
import { FormTextField } from '@/components/form-text-field';
import { useText } from '@/lib/i18n';
import { hasDevices, orderFormSchema, type OrderFormValues } from './order-form-schema';

const DEFAULTS: OrderFormValues = {
  kind: 'capacity',
  deviceCount: '100',
  termYears: '1',
  quantity: '1',
  purchaseOrder: '',
};

const FIELDS = ['deviceCount', 'termYears', 'quantity', 'purchaseOrder'] as const;

interface OrderDialogProps {
  open: boolean;
  onClose: () => void;
  onOrdered: (order: OrderLicensesBody, count: number) => void;
}

/** PP-9: a simulated purchase; each field says what is wrong with it, and a failure keeps the form. */
export function OrderDialog({ open, onClose, onOrdered }: OrderDialogProps) {
  const t = useText();
  const order = useOrderLicenses();
  const schema = useMemo(() => orderFormSchema(t), [t]);
  const { control, handleSubmit, reset, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: DEFAULTS,
  });
  const kind = useWatch({ control, name: 'kind' });
  const kinds = (['capacity', 'maintenance', 'core', 'upgrade'] as const).map((value) => ({
    value,
    label: t(`partner.order.kind.${value}`),
  }));
  const terms = ORDER_LIMITS.terms.map((years) => ({
    value: String(years),
    label: t('partner.order.termYears', { years }),
  }));

  const close = () => {
    if (formState.isSubmitting) return;
    reset(DEFAULTS);
    order.reset();
    onClose();
  };

  const submit = handleSubmit(async (body) => {
    try {
      const { licenses } = await order.mutateAsync(body);
      reset(DEFAULTS);
      order.reset();
      onOrdered(body, licenses.length);
    } catch (error) {
      for (const field of FIELDS) {
        const message = fieldRefusalOf(error, field, t);
        if (message) setError(field, { type: 'server', message });
      }
    }
  });
  const refusedAtAField = FIELDS.some((field) => fieldRefusalOf(order.error, field, t) !== null);

  return (
    <AppDialog
      open={open}
      onClose={close}
      maxWidth="xs"
      title={t('partner.order.title')}
      onSubmit={(event) => void submit(event)}
      actions={
        <>
          <Button onClick={close} disabled={formState.isSubmitting}>
            {t('partner.order.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={formState.isSubmitting}>
            {t('partner.order.submit')}
          </Button>
        </>
      }
    >
      <Stack spacing={2}>
        <DialogText>{t('partner.order.intro')}</DialogText>
        <FormSelectField
          control={control}
          name="kind"
          label={t('partner.order.kind')}
          options={kinds}
          fullWidth
          autoFocus
        />
        {hasDevices(kind) && (
          <FormTextField
            control={control}
            name="deviceCount"
            label={t('partner.order.devices')}
            helperText={t('partner.order.devicesHint', { max: ORDER_LIMITS.maxDevices })}
            fullWidth
          />
        )}
        {kind === 'maintenance' && (
          <FormSelectField
            control={control}
            name="termYears"
            label={t('partner.order.term')}
            options={terms}
            fullWidth
          />
        )}
        <FormTextField
          control={control}
          name="quantity"
          label={t('partner.order.quantity')}
          fullWidth
        />
        <FormTextField
          control={control}
          name="purchaseOrder"
          label={t('partner.order.purchaseOrder')}
          placeholder={t('partner.order.purchaseOrderExample')}
          fullWidth
        />
        {order.isError && !refusedAtAField && <ErrorAlert error={order.error} />}
      </Stack>
    </AppDialog>
  );
}
