import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import Button from '@mui/material/Button';
import { useMutation } from '@tanstack/react-query';
import { toUserMessage } from '@/api/errors';
import { exportSensorsCsv } from '@/api/fleet';
import type { SensorQuery } from '@/api/contract/fleet';
import { useFleetNotify } from '@/features/license-manager/fleet-notices';

function save(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** LM-9: the table as CSV, with the search, filters and order on screen. */
export function ExportCsvButton({ query, today }: { query: SensorQuery; today: string }) {
  const notify = useFleetNotify();
  const download = useMutation({
    mutationFn: () => exportSensorsCsv(query),
    onSuccess: (text) => save(text, `sensors-${today}.csv`),
    onError: (error) => notify(`The export failed: ${toUserMessage(error)}`, 'error'),
  });
  return (
    <Button
      variant="outlined"
      startIcon={<DownloadOutlined />}
      loading={download.isPending}
      onClick={() => download.mutate()}
    >
      Export CSV
    </Button>
  );
}
