import { useId, useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Breakpoint, SxProps, Theme } from '@mui/material/styles';
import { pageHeading } from '@/lib/focus-page-heading';

interface AppDialogProps {
  open: boolean;
  /** The dialog's accessible name. */
  title: ReactNode;
  /** Escape and a click outside; leave out while the dialog must be answered. */
  onClose?: () => void;
  /** The buttons; a `type="submit"` one sends the form when `onSubmit` is given. */
  actions: ReactNode;
  children: ReactNode;
  /** Makes the dialog a form, so Enter in a field submits it. */
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  maxWidth?: Breakpoint;
  fullScreen?: boolean;
  /** Lines above and below the content, for content that scrolls. */
  dividers?: boolean;
  contentSx?: SxProps<Theme>;
  /**
   * Where focus goes on close when the control that opened the dialog is gone (a row that was
   * removed, a dialog opened from the URL). Default: the page's heading.
   */
  returnFocusTo?: () => HTMLElement | null;
  /** After the closing transition, when the dialog is gone (a lookup opens its result then). */
  onExited?: () => void;
  /**
   * Renders the dialog with its content in one pass, placed in the page by our own portal. MUI's
   * portal draws the content only in a second, synchronous pass once it has found its place, so a
   * large dialog opened in a background pass (useDeferredValue) still rendered in one long task
   * (P2). Not for content that takes focus as it mounts (autoFocus): in one pass it would do so
   * before the control that opened the dialog is noted, and a closing menu could take it back.
   */
  onePass?: boolean;
}

/**
 * Focus never falls to the page's body when a dialog closes: MUI gives it back to the control that
 * opened the dialog; when that control is gone, it goes to `returnFocusTo` or the page's heading.
 */
function useReturnFocus(
  open: boolean,
  { returnFocusTo, onExited: exited }: Pick<AppDialogProps, 'returnFocusTo' | 'onExited'>,
) {
  const opener = useRef<HTMLElement | null>(null);
  const dialogRef = useRef<HTMLDivElement | null>(null);
  // A layout effect runs before MUI's focus trap moves focus into the dialog.
  useLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, [open]);
  const onExited = () => {
    exited?.();
    // Still inside the dialog that is about to unmount counts as lost, as the body does.
    const active = document.activeElement;
    const lost = active === null || active === document.body || dialogRef.current?.contains(active);
    if (!lost) return;
    const target = opener.current?.isConnected
      ? opener.current
      : (returnFocusTo?.() ?? pageHeading());
    target?.focus();
  };
  return { dialogRef, onExited };
}

/**
 * Every dialog in the app: title, content and actions, named by its title. Full-screen on phones;
 * elsewhere anchored near the top, so a view of another height does not make it jump.
 */
export function AppDialog({
  open,
  title,
  onClose,
  actions,
  children,
  onSubmit,
  maxWidth = 'sm',
  fullScreen = false,
  dividers = false,
  contentSx,
  returnFocusTo,
  onExited: exited,
  onePass = false,
}: AppDialogProps) {
  const titleId = useId();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { dialogRef, onExited } = useReturnFocus(open, {
    returnFocusTo,
    onExited: exited,
  });
  const body = (
    <>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent dividers={dividers} sx={contentSx}>
        {children}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1, '& > :not(style) ~ :not(style)': { ml: 0 } }}>
        {actions}
      </DialogActions>
    </>
  );
  const dialog = (
    <Dialog
      disablePortal={onePass}
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth={maxWidth}
      fullScreen={fullScreen || phone}
      aria-labelledby={titleId}
      ref={dialogRef}
      slotProps={{ transition: { onExited } }}
      sx={{
        '& .MuiDialog-container': { alignItems: 'flex-start' },
        '& .MuiDialog-paperScrollPaper:not(.MuiDialog-paperFullScreen)': {
          mt: 6,
          maxHeight: 'calc(100% - 96px)',
        },
      }}
    >
      {onSubmit ? (
        <form noValidate onSubmit={onSubmit}>
          {body}
        </form>
      ) : (
        body
      )}
    </Dialog>
  );
  return onePass ? createPortal(dialog, document.body) : dialog;
}

/** A dialog's explaining text. */
export const DialogText = DialogContentText;
