import { useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '@/components/error-alert';
import type { ErrorBody } from '@/api/contract/common';
import { ApiError } from '@/api/errors';
import { licenseFileQueries } from '@/api/license-files';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { LicenseFileContents } from './license-file-contents';
import { LicenseFileResult } from './license-file-result';
import { LicenseFileTarget } from './license-file-target';
import { useActivateLicenseFileAction } from './use-activate-license-file';
import { useText } from '@/lib/i18n';

export interface ChosenFile {
  /** A fresh UUID per choice: names the file in the preview's query key. */
  key: string;
  name: string;
  text: string;
}

interface LicenseFileCheckProps {
  file: ChosenFile;
  controllers: readonly SegmentController[];
  onAnother: () => void;
}

/** A refusal the user cannot fix by trying again (SS-51), as opposed to a failed request. */
const isRefusal = (error: unknown) =>
  error instanceof ApiError && error.status >= 400 && error.status < 500;

/** SS-50, SS-51: the cloud's reading of one chosen file, the target, and ACTIVATE. */
export function LicenseFileCheck({ file, controllers, onAnother }: LicenseFileCheckProps) {
  const t = useText();
  const [chosen, setChosen] = useState<string | null>(null);
  const preview = useQuery({
    ...licenseFileQueries.preview(file.key, file.text, chosen),
    // Keep the contents on screen while the cloud checks another target.
    placeholderData: keepPreviousData,
  });
  const activation = useActivateLicenseFileAction();
  const name = (id: string) =>
    controllers.find((c) => c.id === id)?.name ?? t('cms.addLicense.theSegmentController');

  if (activation.result) {
    return (
      <LicenseFileResult
        result={activation.result}
        segmentName={name(activation.result.segmentControllerId)}
        onAnother={onAnother}
      />
    );
  }
  // Not QueryView: a refusal (4xx) is the cloud's verdict on this file, shown untitled, without Retry.
  // Cancel stays available while the cloud checks, and after it failed: the user is never stuck.
  if (preview.isPending || preview.isError) {
    return (
      <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
        {preview.isPending ? (
          <LinearProgress aria-label={t('cms.addLicense.checking')} sx={{ alignSelf: 'stretch' }} />
        ) : (
          <ErrorAlert
            error={preview.error}
            onRetry={isRefusal(preview.error) ? undefined : () => void preview.refetch()}
            retrying={preview.isFetching}
            sx={{ alignSelf: 'stretch' }}
          />
        )}
        <Button onClick={onAnother}>{t('cms.addLicense.cancel')}</Button>
      </Stack>
    );
  }

  const data = preview.data;
  const target = chosen ?? data.namedSegmentControllerId;
  const problems = [data.problem, ...data.licenses.map((l) => l.problem)].filter(
    (p): p is ErrorBody => p !== null,
  );
  const checking = preview.isPlaceholderData;

  return (
    <Stack spacing={2}>
      <LicenseFileContents preview={data} />
      <LicenseFileTarget
        controllers={controllers}
        value={target}
        namedId={data.namedSegmentControllerId}
        installCode={data.installCode}
        onChange={(id) => {
          activation.clearError();
          setChosen(id);
        }}
      />
      {!checking && problems.length > 0 && target && (
        <Alert severity="error" role="alert">
          <AlertTitle>{t('cms.addLicense.cannotActivate', { segment: name(target) })}</AlertTitle>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {problems.map((p) => (
              <li key={p.message}>{p.message}</li>
            ))}
          </ul>
        </Alert>
      )}
      {activation.errorMessage && (
        <ErrorAlert error={activation.errorMessage} onDismiss={activation.clearError} />
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button
          variant="contained"
          disabled={target === null || checking || problems.length > 0}
          loading={activation.activating}
          onClick={() => target && void activation.activate(file, target)}
        >
          {t('cms.addLicense.activate')}
        </Button>
        {target && problems.length === 0 && !checking && (
          <Typography variant="body2" color="text.secondary">
            {t('cms.addLicense.activatesOn', {
              count: data.licenses.length,
              segment: name(target),
            })}
          </Typography>
        )}
      </Stack>
    </Stack>
  );
}
