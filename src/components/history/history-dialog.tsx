import { useQuery } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import InsertLinkOutlined from '@mui/icons-material/InsertLinkOutlined';
import { useState } from 'react';
import { historyQueries } from '@/api/history';
import { useText } from '@/lib/i18n';
import { AppDialog } from '@/components/app-dialog';
import { QueryView } from '@/components/query-view';
import { TableSkeleton } from '@/components/table-skeleton';
import { HistoryContent } from './history-content';
import { useHistoryUrl } from './history-url';
import { useOpenHistory, type HistoryDialogProps } from './open-history';

/** The History of the license, account or sensor the address names, over the page (AU-1). */
export function HistoryDialog(props: HistoryDialogProps) {
  const t = useText();
  const { close } = useHistoryUrl();
  const open = useOpenHistory(props);
  const licenseQuery = useQuery({
    ...historyQueries.license(
      props.licenseApp ?? 'cms',
      open?.kind === 'license' ? open.licenseId : '',
    ),
    enabled: open?.kind === 'license',
  });
  const accountQuery = useQuery({
    ...historyQueries.account(
      open?.kind === 'account' ? open.app : 'support',
      open?.kind === 'account' ? open.accountId : '',
    ),
    enabled: open?.kind === 'account',
  });
  const sensorQuery = useQuery({
    ...historyQueries.sensor(open?.kind === 'sensor' ? open.serial : ''),
    enabled: open?.kind === 'sensor',
  });
  const [copied, setCopied] = useState(false);
  const copyLink = () =>
    void navigator.clipboard.writeText(window.location.href).then(() => setCopied(true));
  const title =
    open?.kind === 'account'
      ? t('history.accountTitle', { name: props.accountName?.(open.accountId) ?? open.accountId })
      : open?.kind === 'sensor'
        ? t('history.sensorTitle', { name: props.sensorName?.(open.serial) ?? open.serial })
        : t('history.title', { licenseId: open?.licenseId ?? '' });
  const pending = (
    <TableSkeleton
      label={t('history.table')}
      columns={[t('history.column.when'), t('history.column.what'), t('history.column.who')]}
      rows={4}
    />
  );
  const loadedWithoutLineage = {
    pending,
    errorTitle: t('history.loadFailed'),
    isEmpty: (data: { items: readonly unknown[] }) => data.items.length === 0,
    empty: <p>{t('history.empty')}</p>,
  };
  return (
    <AppDialog
      open={open !== null}
      title={title}
      onClose={() => {
        setCopied(false);
        close();
      }}
      maxWidth="lg"
      actions={
        <>
          <Button startIcon={<InsertLinkOutlined />} onClick={copyLink}>
            {copied ? t('history.linkCopied') : t('history.copyLink')}
          </Button>
          <Button variant="contained" onClick={close}>
            {t('history.close')}
          </Button>
        </>
      }
    >
      {open?.kind === 'account' ? (
        <QueryView query={accountQuery} {...loadedWithoutLineage}>
          {(data) => <HistoryContent entries={data.items} lineage={[]} fileId={data.customerId} />}
        </QueryView>
      ) : open?.kind === 'sensor' ? (
        <QueryView query={sensorQuery} {...loadedWithoutLineage}>
          {(data) => <HistoryContent entries={data.items} lineage={[]} fileId={data.serial} />}
        </QueryView>
      ) : (
        <QueryView query={licenseQuery} pending={pending} errorTitle={t('history.loadFailed')}>
          {(data) => (
            <HistoryContent
              entries={data.items}
              lineage={data.lineage}
              fileId={data.lineage.at(-1) ?? ''}
            />
          )}
        </QueryView>
      )}
    </AppDialog>
  );
}
