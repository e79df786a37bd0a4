import { useId } from 'react';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { useMutation } from '@tanstack/react-query';
import { toUserMessage } from '@/api/errors';
import { exportSensorsCsv } from '@/api/fleet';
import type { SensorQuery } from '@/api/contract/fleet';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import { useFleetNotify } from '@/features/license-manager/fleet-notices';
import { downloadTextFile } from '@/lib/download-text-file';
import { useText } from '@/lib/i18n';
import { sensorCsvInLanguage } from './sensor-csv';

const save = (text: string, fileName: string) =>
  downloadTextFile(fileName, text, 'text/csv;charset=utf-8');

interface ExportCsvButtonProps {
  query: SensorQuery;
  today: string;
  /** Sensors the query matches; undefined while the first page loads. */
  total: number | undefined;
}

/**
 * LM-9: the table as CSV, with the search, filters and order on screen. LM-15: with nothing to
 * export it stays focusable (aria-disabled) and says why.
 */
export function ExportCsvButton({ query, today, total }: ExportCsvButtonProps) {
  const t = useText();
  const notify = useFleetNotify();
  const reasonId = useId();
  const download = useMutation({
    mutationFn: () => exportSensorsCsv(query),
    onSuccess: (text) => save(sensorCsvInLanguage(text, t), `sensors-${today}.csv`),
    onError: (error) =>
      notify(t('fleet.export.failed', { message: toUserMessage(error, t) }), 'error'),
  });
  const empty = total === 0;
  const nothingToExport = t('fleet.export.nothingToExport');
  return (
    <>
      <Tooltip title={empty ? nothingToExport : ''} describeChild>
        <Button
          variant="outlined"
          startIcon={<DownloadOutlined />}
          loading={download.isPending}
          aria-disabled={empty || undefined}
          aria-describedby={empty ? reasonId : undefined}
          onClick={empty ? undefined : () => download.mutate()}
          sx={empty ? { color: 'action.disabled', borderColor: 'action.disabledBackground' } : {}}
        >
          {t('fleet.export.button')}
        </Button>
      </Tooltip>
      {empty && (
        <span id={reasonId} style={VISUALLY_HIDDEN}>
          {nothingToExport}
        </span>
      )}
    </>
  );
}
