import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { toUserMessage, type ApiError } from '@/api/errors';

/** R10: no usable answer came back, so the transfer may or may not have happened. */
export function isOutcomeUnknown(error: ApiError): boolean {
  return error.isNetworkError || error.code === 'malformed_response';
}

function unknownOutcomeHint(stillListed: number): string {
  if (stillListed === 0)
    return 'The list no longer shows these licenses, so the cloud most likely has them.';
  return 'The list still shows them, so the transfer has probably not happened yet.';
}

interface TransferErrorAlertProps {
  error: ApiError;
  /** How many of the licenses being transferred the refreshed list still shows. */
  stillListed: number;
  retrying: boolean;
  onRetry: () => void;
}

export function TransferErrorAlert({
  error,
  stillListed,
  retrying,
  onRetry,
}: TransferErrorAlertProps) {
  if (isOutcomeUnknown(error)) {
    return (
      <Alert
        severity="warning"
        action={
          <Button color="inherit" size="small" onClick={onRetry} loading={retrying}>
            Retry
          </Button>
        }
      >
        <AlertTitle>Outcome unknown</AlertTitle>
        {toUserMessage(error)} {unknownOutcomeHint(stillListed)} Retry to finish it: the cloud
        applies the transfer only once.
      </Alert>
    );
  }
  if (error.status === 409) {
    // R7: another tab or a running activation moved a license; the list behind has refreshed.
    return (
      <Alert severity="warning">
        <AlertTitle>The licenses changed meanwhile</AlertTitle>
        {toUserMessage(error)} The list now shows what is on this CMS: cancel, check it and transfer
        again if needed.
      </Alert>
    );
  }
  return (
    <Alert severity="error">
      <AlertTitle>The licenses were not transferred</AlertTitle>
      {toUserMessage(error)}
    </Alert>
  );
}
