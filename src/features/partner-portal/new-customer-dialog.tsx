import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiError } from '@/api/errors';
import type { PartnerCustomer } from '@/api/contract/partner-portal';
import { useCreateCustomer } from '@/api/partner-portal';
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
}

/** PP-2: a customer (project) with a name unique for this partner and its contact e-mails. */
export function NewCustomerDialog({ open, onClose, onCreated }: NewCustomerDialogProps) {
  const create = useCreateCustomer();
  const [failure, setFailure] = useState<unknown>(null);
  const t = useText();
  const schema = useMemo(() => newCustomerFormSchema(t), [t]);
  const { control, handleSubmit, reset, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { name: '', contactEmails: [] as string[], contactEmailDraft: '' },
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
      const customer = await create.mutateAsync(values);
      reset();
      onCreated(customer);
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
      title={t('partner.newCustomer.title')}
      onSubmit={(event) => void submit(event)}
      actions={
        <>
          <Button onClick={close} disabled={formState.isSubmitting}>
            {t('partner.newCustomer.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={formState.isSubmitting}>
            {t('partner.newCustomer.create')}
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
