import Stack from '@mui/material/Stack';
import { CopyableId } from '@/components/copyable-id';
import { LicenseHistoryButton } from './history-button';

/** A License ID with its copy button and its History (AU-1), as every license row shows it. */
export function LicenseIdWithHistory({
  licenseId,
  label,
  wrap,
}: {
  licenseId: string;
  label: string;
  wrap?: boolean;
}) {
  return (
    <Stack direction="row" sx={{ alignItems: 'center' }}>
      <CopyableId id={licenseId} label={label} wrap={wrap} />
      <LicenseHistoryButton licenseId={licenseId} />
    </Stack>
  );
}
