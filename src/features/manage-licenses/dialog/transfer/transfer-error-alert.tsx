import type { ApiError } from '@/api/errors';
import { ErrorAlert } from '@/components/error-alert';

/** R10: no usable answer came back, so the transfer may or may not have happened. */
function isOutcomeUnknown(error: ApiError): boolean {
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
      <ErrorAlert
        severity="warning"
        title="Outcome unknown"
        error={error}
        onRetry={onRetry}
        retrying={retrying}
      >
        {unknownOutcomeHint(stillListed)} Retry to finish it: the cloud applies the transfer only
        once.
      </ErrorAlert>
    );
  }
  if (error.status === 409) {
    // R7: another tab or a running activation moved a license; the list behind has refreshed.
    return (
      <ErrorAlert severity="warning" title="The licenses changed meanwhile" error={error}>
        The list now shows what is on this CMS: cancel, check it and transfer again if needed.
      </ErrorAlert>
    );
  }
  return <ErrorAlert title="The licenses were not transferred" error={error} />;
}
