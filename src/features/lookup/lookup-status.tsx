import Typography from '@mui/material/Typography';
import { LOOKUP_APPS, MIN_LOOKUP_LENGTH, type LookupResult } from '@/api/contract/lookup';
import { ErrorAlert } from '@/components/error-alert';
import { useText } from '@/lib/i18n';
import { APP_NAMES } from './lookup-results';

interface LookupStatusProps {
  typed: string;
  data: LookupResult | undefined;
  error: unknown;
  retrying: boolean;
  onRetry: () => void;
}

/** What the results cannot say themselves: how to start, a failure, no match, apps not searched. */
export function LookupStatus({ typed, data, error, retrying, onRetry }: LookupStatusProps) {
  const t = useText();
  if (error)
    return (
      <ErrorAlert title={t('lookup.failed')} error={error} onRetry={onRetry} retrying={retrying} />
    );
  if (typed.length < MIN_LOOKUP_LENGTH || !data)
    return (
      <Typography variant="body2" color="text.secondary">
        {t('lookup.hint', { min: MIN_LOOKUP_LENGTH })}
      </Typography>
    );
  if (data.searched.length === 0)
    return (
      <Typography role="status" variant="body2">
        {t('lookup.signedInNowhere')}
      </Typography>
    );
  const notSearched = LOOKUP_APPS.filter((app) => !data.searched.includes(app));
  return (
    <div role="status">
      {data.groups.length === 0 && (
        <Typography variant="body2">{t('lookup.noMatch', { text: typed })}</Typography>
      )}
      {notSearched.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          {t('lookup.notSearched', {
            apps: notSearched.map((app) => t(APP_NAMES[app])).join(', '),
          })}
        </Typography>
      )}
    </div>
  );
}
