import { useState } from 'react';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SupportAccount, SupportLicense } from '@/api/contract/customer-success';
import { useSupportMaintenanceFile } from '@/api/customer-success';
import { AccountHistoryButton } from '@/components/history';
import { MaintenanceFileDialog } from '@/components/maintenance-file-dialog';
import { SuccessToast } from '@/components/success-toast';
import { useDates, useText } from '@/lib/i18n';
import { DetailFacts } from './detail-facts';
import { RemoteCmsDialog } from './remote-cms-dialog';
import { SupportLicensesTable } from './support-licenses-table';
import type { useSupportUrl } from './support-url';

interface AccountPanelProps {
  account: SupportAccount;
  url: ReturnType<typeof useSupportUrl>;
}

/** CS-1, CS-3, CS-4: an account with its licenses and the segment controllers that saved its ID. */
export function AccountPanel({ account, url }: AccountPanelProps) {
  const t = useText();
  const dates = useDates();
  const issueFile = useSupportMaintenanceFile();
  const [fileFor, setFileFor] = useState<SupportLicense | null>(null);
  const [remoteCms, setRemoteCms] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return (
    <Stack spacing={2}>
      <Typography variant="h2">{t('support.account.heading', { name: account.name })}</Typography>
      <DetailFacts
        facts={[
          { label: t('support.account.customerId'), value: account.id },
          { label: t('support.account.partner'), value: account.partnerName },
          { label: t('support.account.contacts'), value: account.contactEmails.join(', ') },
        ]}
      />
      <Stack direction="row" spacing={1}>
        <Button variant="contained" onClick={() => setRemoteCms(true)}>
          {t('support.account.remoteCms')}
        </Button>
        <AccountHistoryButton customerId={account.id} name={account.name} />
      </Stack>
      <Typography variant="h3">{t('support.account.controllers')}</Typography>
      {account.segmentControllers.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('support.account.noControllers')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {account.segmentControllers.map((c) => (
            <ListItem key={c.id} disableGutters>
              <Link
                component="button"
                type="button"
                onClick={() => url.openController(c.id)}
                sx={{ textAlign: 'start' }}
              >
                {t('support.account.controller', { name: c.name, installCode: c.installCode })}
              </Link>
            </ListItem>
          ))}
        </List>
      )}
      <Typography variant="h3">{t('support.account.licenses')}</Typography>
      {account.licenses.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('support.account.noLicenses')}
        </Typography>
      ) : (
        <SupportLicensesTable
          licenses={account.licenses}
          label={t('support.account.licenses')}
          onMaintenanceFile={setFileFor}
        />
      )}
      <MaintenanceFileDialog license={fileFor} issue={issueFile} onClose={() => setFileFor(null)} />
      <RemoteCmsDialog
        account={account}
        open={remoteCms}
        onClose={() => setRemoteCms(false)}
        onIssued={(license) => {
          setRemoteCms(false);
          setDone(
            t('support.remoteCms.done', {
              licenseId: license.licenseId,
              cms: license.activatedOnName ?? '',
              date: license.expiryDate ? dates.day(license.expiryDate) : '',
            }),
          );
        }}
      />
      <SuccessToast
        message={done}
        closeText={t('support.toast.close')}
        onClose={() => setDone(null)}
      />
    </Stack>
  );
}
