import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useQuery } from '@tanstack/react-query';
import { licenseQueries } from '@/api/licenses';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { missingCoreLicense } from '@/domain/requirements';
import { useText } from '@/lib/i18n';

/** SS-73: a SmartServer Pi without an active core license: why nothing works, and how to fix it. */
export function CoreLicenseBanner({ controller }: { controller: SegmentController }) {
  const t = useText();
  const licenses = useQuery(licenseQueries.activated());
  if (!licenses.data) return null;
  const kinds = licenses.data
    .filter((l) => l.segmentControllerId === controller.id)
    .map((l) => l.kind);
  if (!missingCoreLicense(controller.platform, controller.softwareVersion, kinds)) return null;
  return (
    <Alert severity="error">
      <AlertTitle>{t('dashboard.core.title')}</AlertTitle>
      {t('dashboard.core.text', { controller: controller.name })}
    </Alert>
  );
}
