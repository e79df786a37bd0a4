import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { BulkResult } from '@/api/contract/fleet-bulk';
import {
  DataTable,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@/components/data-table';
import { useText, type MessageId } from '@/lib/i18n';

const REASON_TEXT: Record<BulkResult['refusals'][number]['code'], MessageId> = {
  sensor_not_found: 'fleet.bulk.refusal.sensorNotFound',
  nothing_queued: 'fleet.bulk.refusal.nothingQueued',
};

/** LM-12: "Done for n of m sensors", and each sensor left as it was with its reason. */
export function BulkResultView({ result }: { result: BulkResult }) {
  const t = useText();
  const unlisted = result.refusedCount - result.refusals.length;
  return (
    <Stack spacing={2}>
      <Alert severity={result.refusedCount > 0 ? 'warning' : 'success'} role="status">
        {t('fleet.bulk.result', { succeeded: result.succeeded, requested: result.requested })}
        {result.renewedSensors > 0 && (
          <> {t('fleet.bulk.renewed', { count: result.renewedSensors })}</>
        )}
      </Alert>
      {result.refusals.length > 0 && (
        <TableContainer sx={{ maxHeight: 320 }}>
          <DataTable size="small" stickyHeader aria-label={t('fleet.bulk.refusals')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('fleet.bulk.columnSensor')}</TableCell>
                <TableCell>{t('fleet.bulk.columnReason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {result.refusals.map((refusal) => (
                <TableRow key={refusal.serial}>
                  <TableCell>
                    <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                      {refusal.serial}
                    </Typography>
                    {refusal.name && (
                      <Typography variant="caption" color="text.secondary">
                        {refusal.name}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{t(REASON_TEXT[refusal.code])}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </DataTable>
        </TableContainer>
      )}
      {unlisted > 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('fleet.bulk.refusalsMore', { count: unlisted })}
        </Typography>
      )}
    </Stack>
  );
}
