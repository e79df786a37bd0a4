import type { ApiError } from '@/api/errors';
import { ErrorAlert } from '@/components/error-alert';
import { useText } from '@/lib/i18n';

/** R10: no usable answer came back, so the transfer may or may not have happened. */
function isOutcomeUnknown(error: ApiError): boolean {
  return error.isNetworkError || error.code === 'malformed_response';
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
  const t = useText();
  if (isOutcomeUnknown(error)) {
    return (
      <ErrorAlert
        severity="warning"
        title={t('cms.transfer.outcomeUnknown')}
        error={error}
        onRetry={onRetry}
        retrying={retrying}
      >
        {t(stillListed === 0 ? 'cms.transfer.unknownGone' : 'cms.transfer.unknownListed')}
      </ErrorAlert>
    );
  }
  if (error.status === 409) {
    // R7: another tab or a running activation moved a license; the list behind has refreshed.
    return (
      <ErrorAlert severity="warning" title={t('cms.transfer.changed')} error={error}>
        {t('cms.transfer.changedHint')}
      </ErrorAlert>
    );
  }
  return <ErrorAlert title={t('cms.transfer.failed')} error={error} />;
}
