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
  const close = useCallback(() => setNotice(null), []);
  return (
    <NoticeContext value={notify}>
      {children}
      {notice && (
        <Snackbar
          key={notice.id}
          open
          autoHideDuration={notice.severity === 'error' ? null : 6_000}
          onClose={(_, reason) => (reason === 'clickaway' ? undefined : close())}
          anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        >
          <Alert
            severity={notice.severity}
            variant="filled"
            onClose={close}
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
