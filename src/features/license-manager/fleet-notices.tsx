import { createContext, use, useCallback, useState, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

interface Notice {
  id: number;
  message: string;
  severity: 'success' | 'error';
}

type Notify = (message: string, severity?: Notice['severity']) => void;

const NoticeContext = createContext<Notify>(() => undefined);

/** One toast per outcome, also for rows that scrolled away before their save ended. */
export function FleetNoticesProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback<Notify>(
    (message, severity = 'success') => setNotice({ id: Date.now(), message, severity }),
    [],
  );
  // A toast closes only itself: the one before it, timing out as a new one is set, leaves it.
  const close = useCallback(
    (id: number) => setNotice((shown) => (shown?.id === id ? null : shown)),
    [],
  );
  return (
    <NoticeContext value={notify}>
      {children}
      {notice && (
        <Snackbar
          key={notice.id}
          open
          autoHideDuration={notice.severity === 'error' ? null : 6_000}
          onClose={(_, reason) => (reason === 'clickaway' ? undefined : close(notice.id))}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        >
          <Alert
            severity={notice.severity}
            variant="filled"
            onClose={() => close(notice.id)}
            role={notice.severity === 'error' ? 'alert' : 'status'}
          >
            {notice.message}
          </Alert>
        </Snackbar>
      )}
    </NoticeContext>
  );
}

export function useFleetNotify(): Notify {
  return use(NoticeContext);
}
