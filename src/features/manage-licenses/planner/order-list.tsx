import { useId } from 'react';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import type { Plan } from '@/domain/planner';
import { downloadTextFile } from '@/lib/download-text-file';
import { useDates, useText } from '@/lib/i18n';
import { orderCsv } from './order-csv';

const save = (text: string, fileName: string) =>
  downloadTextFile(fileName, text, 'text/csv;charset=utf-8');

/** PL-1: "To stay covered for 12 months, order: …", and the same as CSV. */
export function OrderList({ plan }: { plan: Plan }) {
  const t = useText();
  const { day } = useDates();
  const reasonId = useId();
  const empty = plan.order.length === 0;
  const reason = t('planner.order.nothingToExport');
  return (
    <Paper component="section" variant="outlined" aria-labelledby="planner-order" sx={{ p: 2 }}>
      <Stack
        direction="row"
        spacing={2}
        sx={{ justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}
      >
        <Typography id="planner-order" variant="h2">
          {t('planner.order.title')}
        </Typography>
        <Tooltip title={empty ? reason : ''} describeChild>
          <Button
            variant="outlined"
            startIcon={<DownloadOutlined />}
            aria-disabled={empty || undefined}
            aria-describedby={empty ? reasonId : undefined}
            onClick={
              empty
                ? undefined
                : () => save(orderCsv(plan.order, t), `maintenance-order-${plan.today}.csv`)
            }
            sx={empty ? { color: 'action.disabled', borderColor: 'action.disabledBackground' } : {}}
          >
            {t('planner.order.export')}
          </Button>
        </Tooltip>
        {empty && (
          <span id={reasonId} style={VISUALLY_HIDDEN}>
            {reason}
          </span>
        )}
      </Stack>
      {empty ? (
        <Typography sx={{ mt: 1 }}>{t('planner.order.none')}</Typography>
      ) : (
        <ul>
          {plan.order.map((line) => (
            <li key={`${line.segmentControllerId}-${line.activateBy}`}>
              {t('planner.order.line', {
                controller: line.segmentControllerName,
                devices: line.deviceCount,
                years: line.termYears,
                date: day(line.activateBy),
                until: day(line.coversUntil),
              })}
            </li>
          ))}
        </ul>
      )}
    </Paper>
  );
}
