import { useMemo } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import {
  MAX_CMS_NAME_LENGTH,
  REMOTE_CMS_SIZES,
  type SupportAccount,
  type SupportLicense,
} from '@/api/contract/customer-success';
import { useIssueRemoteCms } from '@/api/customer-success';
import { fieldRefusalOf } from '@/api/errors';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { FormSelectField } from '@/components/form-select-field';
import { FormTextField } from '@/components/form-text-field';
import { useText } from '@/lib/i18n';
import { caseReferenceField } from './case-reference';

const FIELDS = ['segmentControllerLimit', 'cmsName', 'reference'] as const;

interface RemoteCmsDialogProps {
  account: SupportAccount;
  open: boolean;
  onClose: () => void;
  onIssued: (license: SupportLicense) => void;
}

/** CS-3, SS-74: a Remote CMS license, transferred to the account and activated on its CMS. */
export function RemoteCmsDialog({ account, open, onClose, onIssued }: RemoteCmsDialogProps) {
  const t = useText();
  const issue = useIssueRemoteCms();
  const schema = useMemo(
    () =>
      z.object({
        segmentControllerLimit: z.string(),
        cmsName: z
          .string()
          .check(
            z.trim(),
            z.minLength(1, t('support.remoteCms.cmsNameRequired')),
            z.maxLength(
              MAX_CMS_NAME_LENGTH,
              t('support.remoteCms.cmsNameTooLong', { max: MAX_CMS_NAME_LENGTH }),
            ),
          ),
        reference: caseReferenceField(t),
      }),
    [t],
  );
  const defaults = { segmentControllerLimit: '10', cmsName: '', reference: '' };
  const { control, handleSubmit, reset, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: defaults,
  });

  const close = () => {
    reset(defaults);
    issue.reset();
    onClose();
  };

  const submit = handleSubmit(async (form) => {
    try {
      const license = await issue.mutateAsync({
        customerId: account.id,
        segmentControllerLimit: Number(form.segmentControllerLimit),
        cmsName: form.cmsName,
        reference: form.reference,
      });
      reset(defaults);
      issue.reset();
      onIssued(license);
    } catch (error) {
      for (const field of FIELDS) {
        const message = fieldRefusalOf(error, field, t);
        if (message) setError(field, { type: 'server', message });
      }
    }
  });
  const refusedAtAField = FIELDS.some((field) => fieldRefusalOf(issue.error, field, t) !== null);

  return (
    <AppDialog
      open={open}
      onClose={close}
      maxWidth="xs"
      title={t('support.remoteCms.title', { name: account.name })}
      onSubmit={(event) => void submit(event)}
      actions={
        <>
          <Button onClick={close} disabled={formState.isSubmitting}>
            {t('support.remoteCms.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={formState.isSubmitting}>
            {t('support.remoteCms.submit')}
          </Button>
        </>
      }
    >
      <Stack spacing={2}>
        <DialogText>{t('support.remoteCms.intro')}</DialogText>
        <FormSelectField
          control={control}
          name="segmentControllerLimit"
          label={t('support.remoteCms.size')}
          options={REMOTE_CMS_SIZES.map((count) => ({
            value: String(count),
            label: t('support.remoteCms.sizeOption', { count }),
          }))}
          fullWidth
          autoFocus
        />
        <FormTextField
          control={control}
          name="cmsName"
          label={t('support.remoteCms.cmsName')}
          placeholder={t('support.remoteCms.cmsNameExample')}
          fullWidth
        />
        <FormTextField
          control={control}
          name="reference"
          label={t('support.return.reference')}
          placeholder={t('support.return.referenceExample')}
          fullWidth
        />
        {issue.isError && !refusedAtAField && <ErrorAlert error={issue.error} />}
      </Stack>
    </AppDialog>
  );
}
