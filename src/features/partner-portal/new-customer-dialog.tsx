import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import type { PartnerCustomer } from '@/api/contract/partner-portal';
import { useCreateCustomer, useUpdateCustomer } from '@/api/partner-portal';
import { FormChipsField } from '@/components/form-chips-field';
import { FormTextField } from '@/components/form-text-field';
import { ErrorAlert } from '@/components/error-alert';
import { AppDialog } from '@/components/app-dialog';
import { useText } from '@/lib/i18n';
import {
  contactEmailEntryProblem,
  newCustomerFormSchema,
  normalizeContactEmail,
} from './new-customer-schema';

interface NewCustomerDialogProps {
  open: boolean;
  onClose: () => void;
  onCreated: (customer: PartnerCustomer) => void;
  /** PP-8: the account to edit; without it the dialog creates one. */
  customer?: PartnerCustomer;
}

/**
 * PP-2: a customer (project) with a name unique for this partner and its contact e-mails; PP-8:
 * the same form edits one (its Customer ID stays).
 */
export function NewCustomerDialog({ open, onClose, onCreated, customer }: NewCustomerDialogProps) {
  const createCustomer = useCreateCustomer();
  const updateCustomer = useUpdateCustomer();
  const create = customer ? updateCustomer : createCustomer;
  const [failure, setFailure] = useState<unknown>(null);
  const t = useText();
  const schema = useMemo(() => newCustomerFormSchema(t), [t]);
  const { control, handleSubmit, reset, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { name: '', contactEmails: [] as string[], contactEmailDraft: '' },
    values: customer
      ? { name: customer.name, contactEmails: customer.contactEmails, contactEmailDraft: '' }
      : undefined,
  });

  const close = () => {
    reset();
    setFailure(null);
    create.reset();
    onClose();
  };

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const saved = customer
        ? await updateCustomer.mutateAsync({ customerId: customer.id, ...values })
        : await createCustomer.mutateAsync(values);
      reset();
      onCreated(saved);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'customer_name_taken')
        setError('name', { type: 'server', message: error.message });
      else setFailure(error);
    }
  });

  return (
    <AppDialog
      open={open}
      onClose={close}
      title={
        customer
          ? t('partner.editCustomer.title', { name: customer.name })
          : t('partner.newCustomer.title')
      }
      onSubmit={(event) => void submit(event)}
      actions={
        <>
          <Button onClick={close} disabled={formState.isSubmitting}>
            {t('partner.newCustomer.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={formState.isSubmitting}>
            {customer ? t('partner.editCustomer.save') : t('partner.newCustomer.create')}
          </Button>
        </>
      }
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        {failure !== null && <ErrorAlert error={failure} />}
        <FormTextField
          control={control}
          name="name"
          label={t('partner.newCustomer.name')}
          fullWidth
        />
        <FormChipsField
          control={control}
          name="contactEmails"
          draftName="contactEmailDraft"
          label={t('partner.newCustomer.contactEmails')}
          inputLabel={t('partner.newCustomer.addContactEmail')}
          placeholder={t('partner.newCustomer.emailPlaceholder')}
          inputMode="email"
          helperText={t('partner.newCustomer.emailsHint')}
          entryProblem={(text, chips) => contactEmailEntryProblem(text, chips, t)}
          normalize={normalizeContactEmail}
          readOnly={formState.isSubmitting}
        />
      </Stack>
    </AppDialog>
  );
}
