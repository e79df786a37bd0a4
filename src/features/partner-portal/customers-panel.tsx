import { useState } from 'react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
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
import { AccountHistoryButton } from '@/components/history';
import { DeleteCustomerDialog } from './delete-customer-dialog';
import { NewCustomerDialog } from './new-customer-dialog';
import { QueryView } from '@/components/query-view';
import { useText } from '@/lib/i18n';

/** One account's Edit and Delete (PP-8), named after it. */
function CustomerActions({
  customer,
  onEdit,
  onDelete,
}: {
  customer: PartnerCustomer;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useText();
  const edit = t('partner.customers.edit', { name: customer.name });
  const remove = t('partner.customers.delete', { name: customer.name });
  return (
    <Stack direction="row" sx={{ flexShrink: 0 }}>
      <AccountHistoryButton customerId={customer.id} name={customer.name} />
      <Tooltip title={edit}>
        <IconButton aria-label={edit} onClick={onEdit}>
          <EditOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
      <Tooltip title={remove}>
        <IconButton aria-label={remove} onClick={onDelete}>
          <DeleteOutlined fontSize="small" />
        </IconButton>
      </Tooltip>
    </Stack>
  );
}

/** PP-2, PP-8: the partner's customers, each with its Customer ID to copy, Edit and Delete; New customer. */
export function CustomersPanel() {
  const customers = useQuery(partnerPortalQueries.customers());
  const [open, setOpen] = useState(false);
  const t = useText();
  const [done, setDone] = useState<string | null>(null);
  // The account stays after its dialog closes, so the dialog keeps its words while it fades out.
  const [target, setTarget] = useState<PartnerCustomer | null>(null);
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const openFor = (customer: PartnerCustomer, which: 'edit' | 'delete') => {
    setTarget(customer);
    setDialog(which);
  };
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
        {done && (
          <Alert severity="success" onClose={() => setDone(null)} sx={{ mb: 1 }}>
            {done}
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
                  <Stack sx={{ minWidth: 0, flexGrow: 1 }}>
                    {/* The actions share the name's line, so the Customer ID keeps the full width. */}
                    <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
                      <Typography
                        component="p"
                        variant="subtitle2"
                        sx={{ flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' }}
                      >
                        {customer.name}
                      </Typography>
                      <CustomerActions
                        customer={customer}
                        onEdit={() => openFor(customer, 'edit')}
                        onDelete={() => openFor(customer, 'delete')}
                      />
                    </Stack>
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
          setDone(t('partner.customers.created', { name: customer.name }));
          setOpen(false);
        }}
      />
      {target && (
        <>
          <NewCustomerDialog
            open={dialog === 'edit'}
            customer={target}
            onClose={() => setDialog(null)}
            onCreated={(customer) => {
              setDone(t('partner.customers.updated', { name: customer.name }));
              setDialog(null);
            }}
          />
          <DeleteCustomerDialog
            open={dialog === 'delete'}
            customer={target}
            onClose={() => setDialog(null)}
            onDeleted={(customer) => {
              setDone(t('partner.customers.deleted', { name: customer.name }));
              setDialog(null);
            }}
          />
        </>
      )}
    </Card>
  );
}
