import { useMemo, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { useForm } from 'react-hook-form';
import { z } from 'zod/mini';
import type { UseMutationResult } from '@tanstack/react-query';
import type { MaintenanceFile } from '@/api/contract/partner-portal';
import type { LicenseKind } from '@/domain/licenses';
import { installCodeAsTyped, typedInstallCodeSchema } from '@/api/segment-controllers';
import { FormTextField } from '@/components/form-text-field';
import { ErrorAlert } from '@/components/error-alert';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { Message, useText, licenseDescription } from '@/lib/i18n';

/** A code's shape, the same in every language. */
const INSTALL_CODE_EXAMPLE = 'ABCDE-FGHIJ-KLMNO-PQRST-UVW23';

/** Saves the text as a file: a Blob behind an `<a download>`; returns the link's URL to keep. */
function download(fileName: string, text: string): string | null {
  if (typeof URL.createObjectURL !== 'function') return null;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.click();
  return url;
}

/** The license a file is for, as the partner portal and the Customer Success console list it. */
interface FileLicense {
  licenseId: string;
  kind: LicenseKind;
  deviceCount: number;
  termYears: number | null;
  customerName: string | null;
}

type IssueMaintenanceFile = UseMutationResult<
  MaintenanceFile,
  Error,
  { licenseId: string; installCode: string }
>;

interface MaintenanceFileDialogProps {
  license: FileLicense | null;
  /** The app's own command: the partner's (PP-7) or Customer Success's (CS-4). */
  issue: IssueMaintenanceFile;
  onClose: () => void;
}

/** PP-7, CS-4: an offline maintenance activation file for one customer license and an install code. */
export function MaintenanceFileDialog({ license, issue, onClose }: MaintenanceFileDialogProps) {
  const t = useText();
  const schema = useMemo(() => z.object({ installCode: typedInstallCodeSchema(t) }), [t]);
  const { control, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { installCode: '' },
  });
  const file = issue.data;
  const [url, setUrl] = useState<string | null>(null);

  const close = () => {
    if (url) URL.revokeObjectURL(url);
    setUrl(null);
    reset();
    issue.reset();
    onClose();
  };

  const submit = handleSubmit(async ({ installCode }) => {
    if (!license) return;
    try {
      const issued = await issue.mutateAsync({ licenseId: license.licenseId, installCode });
      setUrl(download(issued.fileName, issued.text));
    } catch {
      // Shown from the mutation's error below.
    }
  });

  return (
    <AppDialog
      open={license !== null}
      onClose={close}
      title={t('partner.maintenanceFile.title')}
      onSubmit={(event) => void submit(event)}
      actions={
        <>
          {file ? (
            <Button variant="contained" onClick={close} autoFocus>
              {t('partner.maintenanceFile.done')}
            </Button>
          ) : (
            <>
              <Button onClick={close} disabled={formState.isSubmitting}>
                {t('partner.maintenanceFile.cancel')}
              </Button>
              <Button type="submit" variant="contained" loading={formState.isSubmitting}>
                {t('partner.maintenanceFile.issue')}
              </Button>
            </>
          )}
        </>
      }
    >
      <Stack spacing={2}>
        {license && (
          <DialogText>
            {t('partner.maintenanceFile.explanation', {
              license: licenseDescription(license, t),
              customer: license.customerName ?? '',
              licenseId: license.licenseId,
            })}
          </DialogText>
        )}
        <FormTextField
          control={control}
          name="installCode"
          label={t('partner.maintenanceFile.installCode')}
          placeholder={INSTALL_CODE_EXAMPLE}
          helperText={t('partner.maintenanceFile.installCodeHint')}
          normalizeOnBlur={installCodeAsTyped}
          readOnly={file !== undefined}
          fullWidth
        />
        {issue.isError && <ErrorAlert error={issue.error} />}
        {file && (
          <Alert severity="success">
            <Message
              id="partner.maintenanceFile.issued"
              values={{ fileName: file.fileName, b: (chunks) => <strong>{chunks}</strong> }}
            />{' '}
            {url && (
              <Link href={url} download={file.fileName}>
                {t('partner.maintenanceFile.download', { fileName: file.fileName })}
              </Link>
            )}
          </Alert>
        )}
      </Stack>
    </AppDialog>
  );
}
