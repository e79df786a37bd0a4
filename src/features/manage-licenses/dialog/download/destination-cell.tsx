import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { ActivationItem } from '@/api/contract/activations';
import { ActivationStatus } from './activation-status';
import type { Destination, DownloadRow } from './download-rows';
import { joinWithAnd } from '@/features/manage-licenses/dialog/join-names';
import { useText, type Translate } from '@/lib/i18n';

/** Why some (or all) controllers that saved the Customer ID cannot take the license now. */
export function offlineReason(row: DownloadRow, t: Translate): string | null {
  const offline = row.destinations.filter((d) => !d.online).map((d) => d.name);
  if (offline.length === 0) return null;
  const values = { names: joinWithAnd(offline, t), count: offline.length };
  return offline.length === row.destinations.length
    ? t('cms.download.allOffline', values)
    : t('cms.download.someOffline', values);
}

interface DestinationCellProps {
  row: DownloadRow;
  /** Where the license goes: the job's controller while it runs, else the choice. */
  destination: Destination | null;
  item: ActivationItem | undefined;
  /** The id of the offline reason, for the check mark's description. */
  reasonId: string;
  disabled: boolean;
  onChoose: (licenseId: string, segmentControllerId: string) => void;
}

/**
 * SS-76: where the license goes. One controller online: its name. Several: a choice among them,
 * offline ones listed but not choosable. Then the reason any cannot take it, and the job's result
 * there (SS-34), so the result says which license went where.
 */
export function DestinationCell({
  row,
  destination,
  item,
  reasonId,
  disabled,
  onChoose,
}: DestinationCellProps) {
  const t = useText();
  const online = row.destinations.filter((d) => d.online);
  const reason = offlineReason(row, t);
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      {online.length > 1 && !item ? (
        <TextField
          select
          size="small"
          value={destination?.id ?? ''}
          disabled={disabled}
          onChange={(event) => onChoose(row.key, event.target.value)}
          slotProps={{
            select: { native: true },
            htmlInput: { 'aria-label': t('cms.download.destinationField', { licenseId: row.key }) },
          }}
          sx={{ minWidth: 180 }}
        >
          {row.destinations.map((d) => (
            <option key={d.id} value={d.id} disabled={!d.online}>
              {d.online ? d.name : t('cms.download.offlineOption', { name: d.name })}
            </option>
          ))}
        </TextField>
      ) : (
        <Typography component="span" variant="body2">
          {destination?.name ?? row.destinations.map((d) => d.name).join(', ')}
        </Typography>
      )}
      {reason && !item && (
        <Typography id={reasonId} component="span" variant="caption" color="text.secondary">
          {reason}
        </Typography>
      )}
      {item && <ActivationStatus item={item} />}
    </Stack>
  );
}
