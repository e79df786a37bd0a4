import CloseOutlined from '@mui/icons-material/CloseOutlined';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { customerSuccessQueries } from '@/api/customer-success';
import { QueryView } from '@/components/query-view';
import { useText } from '@/lib/i18n';
import { AccountPanel } from './account-panel';
import { ControllerPanel } from './controller-panel';
import { useSupportSearch } from './support-search';
import type { useSupportUrl } from './support-url';

type Url = ReturnType<typeof useSupportUrl>;

function ControllerDetail({ id, url }: { id: string; url: Url }) {
  const t = useText();
  const query = useQuery(customerSuccessQueries.segmentController(id));
  return (
    <QueryView
      query={query}
      pending={<LinearProgress aria-label={t('support.detail.loading')} />}
      errorTitle={t('support.detail.loadError')}
    >
      {(controller) => <ControllerPanel controller={controller} url={url} />}
    </QueryView>
  );
}

function AccountDetail({ id, url }: { id: string; url: Url }) {
  const t = useText();
  const query = useQuery(customerSuccessQueries.account(id));
  return (
    <QueryView
      query={query}
      pending={<LinearProgress aria-label={t('support.detail.loading')} />}
      errorTitle={t('support.detail.loadError')}
    >
      {(account) => <AccountPanel account={account} url={url} />}
    </QueryView>
  );
}

/** What a result opened: a segment controller or an account, with what can be done for it. */
export function SupportDetail({ url }: { url: Url }) {
  const t = useText();
  const { found } = useSupportSearch(url.search);
  const open = url.controllerId ?? url.accountId;
  // The hint points at results; beside "nothing matches" or a failed search it would mislead.
  if (open === null && !found) return null;
  if (open === null)
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {t('support.detail.empty')}
      </Typography>
    );
  return (
    <Paper variant="outlined" sx={{ p: 2, position: 'relative' }}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end', mb: -5 }}>
        <IconButton aria-label={t('support.detail.close')} onClick={url.closeDetail}>
          <CloseOutlined />
        </IconButton>
      </Stack>
      {url.controllerId ? (
        <ControllerDetail key={url.controllerId} id={url.controllerId} url={url} />
      ) : (
        url.accountId && <AccountDetail key={url.accountId} id={url.accountId} url={url} />
      )}
    </Paper>
  );
}
