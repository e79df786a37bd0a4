import { useSyncExternalStore } from 'react';
import Alert from '@mui/material/Alert';
import { onlineManager } from '@tanstack/react-query';
import { useText } from '@/lib/i18n';

function useOnline(): boolean {
  return useSyncExternalStore(
    (onChange) => onlineManager.subscribe(onChange),
    () => onlineManager.isOnline(),
  );
}

/**
 * R4: while the browser is offline, reads wait and commands are held by TanStack Query (sent
 * once when the connection returns); this says so instead of leaving spinners unexplained.
 */
export function OfflineBanner() {
  const t = useText();
  const online = useOnline();
  if (online) return null;
  return (
    <Alert severity="warning" role="status" sx={{ borderRadius: 0 }}>
      {t('shell.offline')}
    </Alert>
  );
}
