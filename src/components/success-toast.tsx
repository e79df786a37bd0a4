import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

interface SuccessToastProps {
  /** What was done, in a sentence; null hides the toast. */
  message: string | null;
  /** The close button's accessible name, in the user's language. */
  closeText: string;
  onClose: () => void;
}

/** One toast per outcome: a success message at the bottom that hides itself after a while. */
export function SuccessToast({ message, closeText, onClose }: SuccessToastProps) {
  // Kept while the toast slides out, so it does not go blank on its way.
  const [shown, setShown] = useState(message);
  if (message !== null && message !== shown) setShown(message);
  return (
    <Snackbar
      open={message !== null}
      autoHideDuration={8000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway') onClose();
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity="success"
        variant="filled"
        role="status"
        closeText={closeText}
        onClose={onClose}
      >
        {shown}
      </Alert>
    </Snackbar>
  );
}
