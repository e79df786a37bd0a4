import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ActivatedLicense } from '@/api/contract/licenses';
import { totalDevices } from '@/api/segment-controllers';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { StatusChip } from '@/components/status-chip';
import { licensedDeviceCount, maintenanceCoverage, maintenanceStatus } from '@/domain/coverage';
import type { IsoDate } from '@/domain/dates';
import { needsLicensing } from '@/domain/requirements';
import { LicensedDevicesMeter, MaintenanceCoverageLine } from './segment-license-meters';
import { FindingLine } from './finding-line';
import { licensesReturnedFinding, segmentFindings } from './segment-findings';
import { useDates, useText } from '@/lib/i18n';

interface SegmentLicenseSummaryProps {
  controller: SegmentController;
  licenses: readonly ActivatedLicense[];
  today: IsoDate;
}

/**
 * SS-3 for one segment controller: licensed devices / devices, maintenance coverage, what is wrong;
 * and when Customer Success took its licenses back (CS-2).
 */
export function SegmentLicenseSummary({ controller, licenses, today }: SegmentLicenseSummaryProps) {
  const t = useText();
  const dates = useDates();
  const coverage = maintenanceCoverage(licenses, today);
  const devices = totalDevices(controller);
  const licensed = licensedDeviceCount(devices, coverage.capacity);
  const returned = licensesReturnedFinding(controller, t, dates.day);

  return (
    <Stack
      spacing={1.5}
      sx={{ p: 2, border: 1, borderColor: 'divider', borderRadius: 2, height: '100%' }}
    >
      <Stack
        direction="row"
        spacing={1}
        sx={{ alignItems: 'baseline', justifyContent: 'space-between' }}
      >
        <Typography variant="h3" component="h3">
          {controller.name}
        </Typography>
        <StatusChip
          label={t(controller.online ? 'dashboard.status.online' : 'dashboard.status.offline')}
          tone={controller.online ? 'default' : 'error'}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('dashboard.status.platformSoftware', {
          platform: controller.platform,
          version: controller.softwareVersion,
        })}
      </Typography>
      {/* Software 3.2 and earlier licenses every device: no meter, no coverage (SS-71). */}
      {needsLicensing(controller.softwareVersion) && (
        <>
          <LicensedDevicesMeter
            name={controller.name}
            licensed={licensed}
            devices={devices}
            capacity={coverage.capacity}
          />
          <MaintenanceCoverageLine
            coverage={coverage}
            status={maintenanceStatus(licenses, today)}
          />
        </>
      )}
      {segmentFindings(controller, licenses, today, t, dates.day)
        // The meter above already says how many devices are unlicensed.
        .filter((finding) => finding.topic !== 'capacity')
        .map((finding) => (
          <FindingLine key={finding.text} finding={finding} />
        ))}
      {returned && <FindingLine finding={returned} />}
    </Stack>
  );
}
