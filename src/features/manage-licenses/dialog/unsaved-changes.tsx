import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import Typography from '@mui/material/Typography';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { useText } from '@/lib/i18n';

interface UnsavedChanges {
  /** A view reports whether it holds edits that are not saved. */
  report: (owner: string, dirty: boolean) => void;
  /** Runs `leave` at once when nothing is unsaved, else after the user agrees to discard (SS-23). */
  leaveSafely: (leave: () => void) => void;
}

const UnsavedChangesContext = createContext<UnsavedChanges | null>(null);

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const dirtyOwners = useRef(new Set<string>());
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const t = useText();

  const value = useMemo<UnsavedChanges>(
    () => ({
      report: (owner, dirty) => {
        if (dirty) dirtyOwners.current.add(owner);
        else dirtyOwners.current.delete(owner);
      },
      leaveSafely: (leave) => {
        if (dirtyOwners.current.size === 0) leave();
        else setPendingLeave(() => leave);
      },
    }),
    [],
  );

  return (
    <UnsavedChangesContext.Provider value={value}>
      {children}
      <ConfirmDialog
        open={pendingLeave !== null}
        title={t('cms.unsaved.title')}
        confirmLabel={t('cms.unsaved.discard')}
        cancelLabel={t('cms.unsaved.keepEditing')}
        destructive
        onCancel={() => setPendingLeave(null)}
        onConfirm={() => {
          dirtyOwners.current.clear();
          pendingLeave?.();
          setPendingLeave(null);
        }}
      >
        <Typography>{t('cms.unsaved.body')}</Typography>
      </ConfirmDialog>
    </UnsavedChangesContext.Provider>
  );
}

function useUnsavedChangesContext(): UnsavedChanges {
  const context = useContext(UnsavedChangesContext);
  if (!context) throw new Error('useUnsavedChanges needs an UnsavedChangesProvider');
  return context;
}

/** Call in a form: while `dirty`, leaving the view asks first. */
export function useReportUnsavedChanges(dirty: boolean): void {
  const owner = useId();
  const { report } = useUnsavedChangesContext();
  useEffect(() => {
    report(owner, dirty);
    return () => report(owner, false);
  }, [owner, dirty, report]);
}

export function useLeaveSafely(): (leave: () => void) => void {
  const { leaveSafely } = useUnsavedChangesContext();
  return useCallback((leave: () => void) => leaveSafely(leave), [leaveSafely]);
}
