import { useMemo } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import type { SupportController } from '@/api/contract/customer-success';
import { useReturnLicenses } from '@/api/customer-success';
import { fieldRefusalOf } from '@/api/errors';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { FormTextField } from '@/components/form-text-field';
import { licenseDescription, useText } from '@/lib/i18n';
import { caseReferenceField } from './case-reference';
import { returnableLicenses } from './returnable-licenses';

interface ReturnLicensesDialogProps {
  controller: SupportController;
  open: boolean;
  onClose: () => void;
  onReturned: (count: number, reference: string) => void;
}

/** CS-2: an RMA or offline transfer on the segment controller's behalf; the number is required. */
export function ReturnLicensesDialog({
  controller,
  open,
  onClose,
  onReturned,
}: ReturnLicensesDialogProps) {
  const t = useText();
  const returning = useReturnLicenses();
  const schema = useMemo(() => z.object({ reference: caseReferenceField(t) }), [t]);
  const { control, handleSubmit, reset, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { reference: '' },
  });
  const licenses = returnableLicenses(controller);

  const close = () => {
    reset();
    returning.reset();
    onClose();
  };

  const submit = handleSubmit(async ({ reference }) => {
    try {
      await returning.mutateAsync({ segmentControllerId: controller.id, reference });
      reset();
      returning.reset();
      onReturned(licenses.length, reference);
    } catch (error) {
      const message = fieldRefusalOf(error, 'reference', t);
      if (message) setError('reference', { type: 'server', message });
    }
  });

  return (
    <AppDialog
      open={open}
      onClose={close}
      title={t('support.return.title', { name: controller.name })}
      onSubmit={(event) => void submit(event)}
      actions={
        <>
          <Button onClick={close} disabled={formState.isSubmitting}>
            {t('support.return.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={formState.isSubmitting}>
            {t('support.return.submit')}
          </Button>
        </>
      }
    >
      <Stack spacing={2}>
        <DialogText>
          {t('support.return.intro', {
            name: controller.name,
            installCode: controller.installCode,
            customerId: controller.customerId ?? t('support.controller.noAccount'),
          })}
        </DialogText>
        <List dense disablePadding>
          {licenses.map((l) => (
            <ListItem key={l.licenseId} disableGutters>
              <ListItemText
                primary={t('support.return.list', {
                  description: licenseDescription(l, t),
                  licenseId: l.licenseId,
                })}
                slotProps={{ primary: { sx: { wordBreak: 'break-all' } } }}
              />
            </ListItem>
          ))}
        </List>
        <FormTextField
          control={control}
          name="reference"
          label={t('support.return.reference')}
          placeholder={t('support.return.referenceExample')}
          helperText={t('support.return.referenceHint')}
          fullWidth
          autoFocus
        />
        {returning.isError && fieldRefusalOf(returning.error, 'reference', t) === null && (
          <ErrorAlert error={returning.error} />
        )}
      </Stack>
    </AppDialog>
  );
}
