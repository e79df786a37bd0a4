import { useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useForm, useWatch } from 'react-hook-form';
import { useCreateCapacityFile } from '@/api/customer-portal';
import type { CapacityFile, CustomerLicense } from '@/api/contract/customer-portal';
import { fieldRefusalOf, toUserMessage } from '@/api/errors';
import { INSTALL_CODE_EXAMPLE, installCodeAsTyped } from '@/api/segment-controllers';
import { upperAscii } from '@/domain/text-input';
import { Message, useText } from '@/lib/i18n';
import { MONOSPACE } from '@/lib/theme';
import { CustomerLicensesTable } from './customer-licenses-table';
import { downloadTextFile } from '@/lib/download-text-file';
import { capacityFileFormSchema } from './install-code-schema';
import { ErrorAlert } from '@/components/error-alert';
import { FormTextField } from '@/components/form-text-field';

/**
 * CP-2 and CP-3: the license list, where the capacity licenses that are not activated can be chosen
 * for an offline activation file bound to an install code.
 */
export function CapacityFileForm({ licenses }: { licenses: CustomerLicense[] }) {
  const t = useText();
  const create = useCreateCapacityFile();
  const [created, setCreated] = useState<CapacityFile | null>(null);
  const schema = useMemo(() => capacityFileFormSchema(t), [t]);
  const { control, handleSubmit, setError, setValue, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { installCode: '', licenseIds: [] as string[] },
  });
  const selected = useWatch({ control, name: 'licenseIds' });
  const { isSubmitting, isSubmitted, errors } = formState;

  const toggle = (licenseId: string) => {
    const next = selected.includes(licenseId)
      ? selected.filter((id) => id !== licenseId)
      : [...selected, licenseId];
    setValue('licenseIds', next, { shouldValidate: isSubmitted });
  };

  const submit = handleSubmit(async (values) => {
    setCreated(null);
    try {
      const file = await create.mutateAsync(values);
      setCreated(file);
      downloadTextFile(file.fileName, file.text);
    } catch (error) {
      // A refused install code belongs on its field; any other refusal concerns the licenses.
      const onField = fieldRefusalOf(error, 'installCode', t);
      if (onField) setError('installCode', { type: 'server', message: onField });
      else setError('root.server', { type: 'server', message: toUserMessage(error, t) });
    }
  });

  return (
    <Stack component="form" noValidate spacing={2} onSubmit={(event) => void submit(event)}>
      <CustomerLicensesTable
        licenses={licenses}
        selected={selected}
        onToggle={toggle}
        disabled={isSubmitting}
      />
      <Stack
        component="section"
        aria-labelledby="cp-file-heading"
        spacing={1.5}
        sx={{ p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}
      >
        <Typography variant="h3" component="h2" id="cp-file-heading">
          {t('customer.file.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('customer.file.explanation')}
        </Typography>
        <Typography variant="body2" role="status">
          {t('customer.file.chosen', { count: selected.length })}
        </Typography>
        {errors.licenseIds && (
          <Typography variant="body2" color="error" role="alert">
            {errors.licenseIds.message}
          </Typography>
        )}
        <Stack
          direction={{ xs: 'column', sm: 'row' }}
          spacing={1}
          sx={{ alignItems: 'flex-start' }}
        >
          <FormTextField
            control={control}
            name="installCode"
            label={t('customer.file.installCode')}
            placeholder={INSTALL_CODE_EXAMPLE}
            size="small"
            helperText={t('customer.file.installCodeHint')}
            normalizeWhileTyping={upperAscii}
            normalizeOnBlur={installCodeAsTyped}
            readOnly={isSubmitting}
            sx={{ width: { xs: '100%', sm: 420 }, '& input': { fontFamily: MONOSPACE } }}
          />
          <Button type="submit" variant="contained" loading={isSubmitting} sx={{ height: 40 }}>
            {t('customer.file.create')}
          </Button>
        </Stack>
        {errors.root?.server && (
          <ErrorAlert title={t('customer.file.createError')} error={errors.root.server.message} />
        )}
        {created && (
          <Alert severity="success">
            <AlertTitle>
              <Message
                id="customer.file.created"
                values={{
                  fileName: created.fileName,
                  mono: (chunks) => <span style={{ fontFamily: MONOSPACE }}>{chunks}</span>,
                }}
              />
            </AlertTitle>
            <Message
              id="customer.file.addInCms"
              values={{ b: (chunks) => <strong>{chunks}</strong> }}
            />
            <Box sx={{ mt: 1 }}>
              <Button
                variant="outlined"
                color="inherit"
                size="small"
                onClick={() => downloadTextFile(created.fileName, created.text)}
              >
                {t('customer.file.downloadAgain')}
              </Button>
            </Box>
          </Alert>
        )}
      </Stack>
    </Stack>
  );
}
