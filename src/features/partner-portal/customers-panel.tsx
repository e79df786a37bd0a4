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

/** PP-2: the partner's customers, each with its Customer ID to copy, and New customer. */
export function CustomersPanel() {
  const customers = useQuery(partnerPortalQueries.customers());
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<PartnerCustomer | null>(null);
  return (
    <Card variant="outlined" component="section" aria-labelledby="customers-title">
      <CardHeader
        title={
          <Typography id="customers-title" variant="h2">
            Customers
          </Typography>
        }
        action={
          <Button startIcon={<AddOutlined />} onClick={() => setOpen(true)}>
            New customer
          </Button>
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {created && (
          <Alert severity="success" onClose={() => setCreated(null)} sx={{ mb: 1 }}>
            Customer {created.name} created. Give its Customer ID to whoever sets up the segment
            controllers.
          </Alert>
        )}
        <QueryView
          query={customers}
          pending={
            <Stack role="status" aria-busy="true" aria-label="Loading customers">
              <Skeleton variant="text" />
              <Skeleton variant="text" />
            </Stack>
          }
          errorTitle="Customers could not be loaded"
          lastLoaded="the customers"
          isEmpty={(list) => list.length === 0}
          empty={<Typography color="text.secondary">No customers yet.</Typography>}
        >
          {(list) => (
            <List dense aria-label="Customers">
              {list.map((customer) => (
                <ListItem key={customer.id} disableGutters>
                  <Stack sx={{ minWidth: 0 }}>
                    <Typography component="p" variant="subtitle2">
                      {customer.name}
                    </Typography>
                    <CopyableId id={customer.id} label={`Customer ID of ${customer.name}`} />
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
