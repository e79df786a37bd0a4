import { useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { useIssueMaintenanceFile } from '@/api/partner-portal';
import type { CustomerInventoryLicense } from '@/api/contract/partner-portal';
import { typedInstallCodeSchema } from '@/api/segment-controllers';
import { FormTextField } from '@/components/form-text-field';
import { describeLicense } from '@/domain/licenses';
import { ErrorAlert } from '@/components/error-alert';
import { AppDialog, DialogText } from '@/components/app-dialog';

const installCodeFormSchema = z.object({ installCode: typedInstallCodeSchema });

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

interface MaintenanceFileDialogProps {
  license: CustomerInventoryLicense | null;
  onClose: () => void;
}

/** PP-7: an offline maintenance activation file for one customer license and an install code. */
export function MaintenanceFileDialog({ license, onClose }: MaintenanceFileDialogProps) {
  const issue = useIssueMaintenanceFile();
  const { control, handleSubmit, reset, formState } = useForm({
    resolver: zodResolver(installCodeFormSchema),
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
      title="Issue maintenance file"
      onSubmit={(event) => void submit(event)}
      actions={
        <>
          {file ? (
            <Button variant="contained" onClick={close} autoFocus>
              Done
            </Button>
          ) : (
            <>
              <Button onClick={close} disabled={formState.isSubmitting}>
                Cancel
              </Button>
              <Button type="submit" variant="contained" loading={formState.isSubmitting}>
                Issue file
              </Button>
            </>
          )}
        </>
      }
    >
      <Stack spacing={2}>
        {license && (
          <DialogText>
            {describeLicense(license)} for {license.customerName} ({license.licenseId}). Enter the
            install code of the segment controller that has no Internet access.
          </DialogText>
        )}
        <FormTextField
          control={control}
          name="installCode"
          label="Install code"
          placeholder="ABCDE-FGHIJ-KLMNO-PQRST-UVW23"
          helperText="5 groups of 5 characters (A–Z, 2–7)."
          readOnly={file !== undefined}
          fullWidth
        />
        {issue.isError && <ErrorAlert error={issue.error} />}
        {file && (
          <Alert severity="success">
            File issued: <strong>{file.fileName}</strong>.{' '}
            {url && (
              <Link href={url} download={file.fileName}>
                Download {file.fileName}
              </Link>
            )}
          </Alert>
        )}
      </Stack>
    </AppDialog>
  );
}
