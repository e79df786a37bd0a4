import { useId, type FormEvent, type ReactNode } from 'react';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { Breakpoint, SxProps, Theme } from '@mui/material/styles';

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
}

/** Every dialog in the app: title, content and actions, named by its title. */
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
}: AppDialogProps) {
  const titleId = useId();
  const body = (
    <>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent dividers={dividers} sx={contentSx}>
        {children}
      </DialogContent>
      <DialogActions>{actions}</DialogActions>
    </>
  );
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth={maxWidth}
      fullScreen={fullScreen}
      aria-labelledby={titleId}
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
}

/** A dialog's explaining text. */
export const DialogText = DialogContentText;
