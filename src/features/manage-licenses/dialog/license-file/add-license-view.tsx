import { useState } from 'react';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { FILE_TOO_LARGE_MESSAGE, MAX_LICENSE_FILE_BYTES } from '@/api/contract/license-files';
import { segmentControllerQueries } from '@/api/segment-controllers';
import { LicenseFileCheck, type ChosenFile } from './license-file-check';
import { LicenseFileDropZone } from './license-file-drop-zone';
import { ErrorAlert } from '@/components/error-alert';
import { QueryView } from '@/components/query-view';
import { useText } from '@/lib/i18n';

/**
 * Add License (SS-50 … SS-52): an offline activation file from the License Customer Portal (CP-3)
 * or Customer Success (PP-7), checked by the cloud, then activated on the segment controller whose
 * install code it names — which may be offline: that is what the file is for.
 */
export function AddLicenseView() {
  const controllers = useQuery({
    ...segmentControllerQueries.list(),
    // A cloud that cannot be reached is said at once, with Retry, not after silent retries.
    retry: (failureCount, error) =>
      !error.isNetworkError && failureCount < 2 && error.status >= 500,
  });
  const t = useText();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const choose = async (picked: File) => {
    // SS-51: refused before reading, so a huge file never sits in memory or goes over the wire.
    if (picked.size > MAX_LICENSE_FILE_BYTES) {
      setFile(null);
      setRefusal(
        t('cms.addLicense.refused', { fileName: picked.name, reason: FILE_TOO_LARGE_MESSAGE }),
      );
      return;
    }
    const text = await picked.text();
    setRefusal(null);
    setFile({ key: crypto.randomUUID(), name: picked.name, text });
  };

  return (
    <QueryView
      query={controllers}
      pending={<Skeleton variant="rounded" height={160} />}
      errorTitle={t('cms.segmentControllers.loadError')}
      lastLoaded={t('cms.segmentControllers.lastLoaded')}
    >
      {(list) => (
        <Stack spacing={2} sx={{ maxWidth: 900 }}>
          <Typography variant="body2" color="text.secondary">
            {t('cms.addLicense.intro')}
          </Typography>
          <LicenseFileDropZone fileName={file?.name ?? null} onFile={(f) => void choose(f)} />
          {refusal && <ErrorAlert error={refusal} />}
          {file && (
            <LicenseFileCheck
              key={file.key}
              file={file}
              controllers={list}
              onAnother={() => setFile(null)}
            />
          )}
        </Stack>
      )}
    </QueryView>
  );
}
