import { useState } from 'react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { partnerPortalQueries } from '@/api/partner-portal';
import type { PartnerCustomer } from '@/api/contract/partner-portal';
import { CopyableId } from '@/components/copyable-id';
import { NewCustomerDialog } from './new-customer-dialog';
import { QueryView } from '@/components/query-view';
import { useText } from '@/lib/i18n';

/** PP-2: the partner's customers, each with its Customer ID to copy, and New customer. */
export function CustomersPanel() {
  const customers = useQuery(partnerPortalQueries.customers());
  const [open, setOpen] = useState(false);
  const t = useText();
  const [created, setCreated] = useState<PartnerCustomer | null>(null);
  return (
    <Card variant="outlined" component="section" aria-labelledby="customers-title">
      <CardHeader
        title={
          <Typography id="customers-title" variant="h2">
            {t('partner.customers.title')}
          </Typography>
        }
        action={
          <Button startIcon={<AddOutlined />} onClick={() => setOpen(true)}>
            {t('partner.customers.new')}
          </Button>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {created && (
          <Alert severity="success" onClose={() => setCreated(null)} sx={{ mb: 1 }}>
            {t('partner.customers.created', { name: created.name })}
          </Alert>
        )}
        <QueryView
          query={customers}
          pending={
            <Stack role="status" aria-busy="true" aria-label={t('partner.customers.loading')}>
              <Skeleton variant="text" />
              <Skeleton variant="text" />
            </Stack>
          }
          errorTitle={t('partner.customers.loadError')}
          lastLoaded={t('partner.customers.lastLoaded')}
          isEmpty={(list) => list.length === 0}
          empty={<Typography color="text.secondary">{t('partner.customers.empty')}</Typography>}
        >
          {(list) => (
            <List dense aria-label={t('partner.customers.title')}>
              {list.map((customer) => (
                <ListItem key={customer.id} disableGutters>
                  <Stack sx={{ minWidth: 0 }}>
                    <Typography component="p" variant="subtitle2">
                      {customer.name}
                    </Typography>
                    <CopyableId
                      id={customer.id}
                      label={t('partner.customers.customerIdOf', { name: customer.name })}
                    />
                    <Typography
                      variant="caption"
                      color="text.secondary"
                      sx={{ overflowWrap: 'anywhere' }}
                    >
                      {customer.contactEmails.join(', ')}
                    </Typography>
                  </Stack>
                </ListItem>
              ))}
            </List>
          )}
        </QueryView>
      </CardContent>
      <NewCustomerDialog
        open={open}
        onClose={() => setOpen(false)}
        onCreated={(customer) => {
          setCreated(customer);
          setOpen(false);
        }}
      />
    </Card>
  );
}
