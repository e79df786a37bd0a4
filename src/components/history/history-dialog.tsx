import { useQuery } from '@tanstack/react-query';
import Button from '@mui/material/Button';
import InsertLinkOutlined from '@mui/icons-material/InsertLinkOutlined';
import { useState } from 'react';
import { historyQueries, type AccountHistoryApp, type LicenseHistoryApp } from '@/api/history';
import { useText } from '@/lib/i18n';
import { AppDialog } from '@/components/app-dialog';
import { QueryView } from '@/components/query-view';
import { TableSkeleton } from '@/components/table-skeleton';
import { HistoryContent } from './history-content';
import { useHistoryUrl } from './history-url';

interface HistoryDialogProps {
  /** The app whose session reads a license's History (AU-1: it sees what the app sees). */
  licenseApp: LicenseHistoryApp;
  /** Where accounts have a History too (the partner portal, Customer Success). */
  accountApp?: AccountHistoryApp;
  /** An account's name for the title, when the page knows it. */
  accountName?: (customerId: string) => string | undefined;
}

/** The History of the license or account the address names, over the page (AU-1). */
export function HistoryDialog({ licenseApp, accountApp, accountName }: HistoryDialogProps) {
  const t = useText();
  const { licenseId, accountId, close } = useHistoryUrl();
  const accountOpen = accountApp !== undefined && accountId !== null;
  const licenseQuery = useQuery({
    ...historyQueries.license(licenseApp, licenseId ?? ''),
    enabled: licenseId !== null,
  });
  const accountQuery = useQuery({
    ...historyQueries.account(accountApp ?? 'support', accountId ?? ''),
    enabled: accountOpen,
  });
  const [copied, setCopied] = useState(false);
  const copyLink = () =>
    void navigator.clipboard.writeText(window.location.href).then(() => setCopied(true));
  const title = accountOpen
    ? t('history.accountTitle', { name: accountName?.(accountId) ?? accountId })
    : t('history.title', { licenseId: licenseId ?? '' });
  const pending = (
    <TableSkeleton
      label={t('history.table')}
      columns={[t('history.column.when'), t('history.column.what'), t('history.column.who')]}
      rows={4}
    />
  );
  return (
    <AppDialog
      open={licenseId !== null || accountOpen}
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
      {accountOpen ? (
        <QueryView
          query={accountQuery}
          pending={pending}
          errorTitle={t('history.loadFailed')}
          isEmpty={(data) => data.items.length === 0}
          empty={<p>{t('history.empty')}</p>}
        >
          {(data) => <HistoryContent entries={data.items} lineage={[]} fileId={data.customerId} />}
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
