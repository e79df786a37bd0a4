import type { ReactNode } from 'react';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SupportSearchResult } from '@/api/contract/customer-success';
import { licenseDescription, useText } from '@/lib/i18n';
import { supportStatusLabel } from './support-words';
import type { useSupportUrl } from './support-url';

type Url = ReturnType<typeof useSupportUrl>;

interface GroupProps {
  title: string;
  shown: number;
  total: number;
  children: ReactNode;
}

function ResultGroup({ title, shown, total, children }: GroupProps) {
  const t = useText();
  if (total === 0) return null;
  return (
    <section aria-label={title}>
      <Typography variant="h3" component="h2" sx={{ px: 2, pt: 1 }}>
        {title}
      </Typography>
      <List dense disablePadding>
        {children}
      </List>
      {total > shown && (
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pb: 1 }}>
          {t('support.results.more', { shown, total })}
        </Typography>
      )}
    </section>
  );
}

const idText = { wordBreak: 'break-all' } as const;

/** CS-1: every kind of match, each opening what the administrator acts on. */
export function SearchResults({ result, url }: { result: SupportSearchResult; url: Url }) {
  const t = useText();
  const { segmentControllers, licenses, accounts, purchases, partners } = result;
  return (
    <Stack spacing={1}>
      <ResultGroup
        title={t('support.results.segmentControllers')}
        shown={segmentControllers.items.length}
        total={segmentControllers.total}
      >
        {segmentControllers.items.map((c) => (
          <ListItem key={c.id} disablePadding>
            <ListItemButton
              selected={url.controllerId === c.id}
              onClick={() => url.openController(c.id)}
            >
              <ListItemText
                primary={t('support.results.controllerName', {
                  name: c.name,
                  online: c.online ? 'yes' : 'no',
                })}
                secondary={t('support.results.controller', {
                  installCode: c.installCode,
                  account: c.customerName ?? t('support.results.noAccount'),
                })}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </ResultGroup>
      <ResultGroup
        title={t('support.results.licenses')}
        shown={licenses.items.length}
        total={licenses.total}
      >
        {licenses.items.map((l) => {
          const opens = l.activatedOnId ?? l.customerId;
          return (
            <ListItem key={l.licenseId} disablePadding>
              <ListItemButton
                disabled={opens === null}
                onClick={() =>
                  l.activatedOnId
                    ? url.openController(l.activatedOnId)
                    : l.customerId && url.openAccount(l.customerId)
                }
              >
                <ListItemText
                  primary={t('support.return.list', {
                    description: licenseDescription(l, t),
                    licenseId: l.licenseId,
                  })}
                  secondary={
                    l.supersededBy
                      ? t('support.results.replacedBy', { licenseId: l.supersededBy })
                      : t('support.results.license', {
                          status: supportStatusLabel(l.status, t),
                          holder: l.activatedOnName ?? l.customerName ?? l.partnerName,
                        })
                  }
                  slotProps={{ primary: { sx: idText }, secondary: { sx: idText } }}
                />
              </ListItemButton>
            </ListItem>
          );
        })}
      </ResultGroup>
      <ResultGroup
        title={t('support.results.accounts')}
        shown={accounts.items.length}
        total={accounts.total}
      >
        {accounts.items.map((a) => (
          <ListItem key={a.id} disablePadding>
            <ListItemButton selected={url.accountId === a.id} onClick={() => url.openAccount(a.id)}>
              <ListItemText
                primary={a.name}
                secondary={t('support.results.account', { partner: a.partnerName, id: a.id })}
                slotProps={{ secondary: { sx: idText } }}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </ResultGroup>
      <ResultGroup
        title={t('support.results.purchases')}
        shown={purchases.items.length}
        total={purchases.total}
      >
        {purchases.items.map((p) => (
          <ListItem key={p.purchaseOrder} disablePadding>
            <ListItemButton onClick={() => url.setSearch(p.purchaseOrder)}>
              <ListItemText
                primary={p.purchaseOrder}
                secondary={t('support.results.purchase', {
                  partner: p.partnerName,
                  count: p.licenseCount,
                })}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </ResultGroup>
      <ResultGroup
        title={t('support.results.partners')}
        shown={partners.items.length}
        total={partners.total}
      >
        {partners.items.map((p) => (
          <ListItem key={p.id} disablePadding>
            <ListItemButton onClick={() => url.setSearch(p.name)}>
              <ListItemText
                primary={p.name}
                secondary={t('support.results.partner', { count: p.accountCount })}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </ResultGroup>
    </Stack>
  );
}
