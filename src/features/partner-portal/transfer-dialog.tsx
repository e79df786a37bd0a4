import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTransferToCustomer } from '@/api/partner-portal';
import type { MyInventoryLicense, PartnerCustomer } from '@/api/contract/partner-portal';
import { CopyableId } from '@/components/copyable-id';
import { Message, useDates, useText, licenseDescription } from '@/lib/i18n';
import { MONOSPACE } from '@/lib/theme';
import { ErrorAlert } from '@/components/error-alert';
import { AppDialog, DialogText } from '@/components/app-dialog';

interface TransferDialogProps {
  open: boolean;
  licenses: MyInventoryLicense[];
  customers: PartnerCustomer[];
  /** `transferred`: the dialog closes after a transfer, not before one. */
  onClose: (transferred: boolean) => void;
  onTransferred: () => void;
}

/** PP-4: pick a customer, confirm; each license comes back with its new License ID. */
export function TransferDialog({
  open,
  licenses: selected,
  customers,
  onClose,
  onTransferred,
}: TransferDialogProps) {
  const transfer = useTransferToCustomer();
  const t = useText();
  const dates = useDates();
  const [customerId, setCustomerId] = useState('');
  // Fixed at opening: after a lost answer the refreshed inventory no longer holds a license the
  // cloud did transfer, and a retry (same key) must still be able to fetch that first answer (R10).
  const [opening, setOpening] = useState({ open: false, licenses: selected });
  if (open !== opening.open) setOpening({ open, licenses: selected });
  const licenses = open ? opening.licenses : selected;
  const result = transfer.data;
  const customer = customers.find((c) => c.id === (result?.customerId ?? customerId));

  const close = () => {
    setCustomerId('');
    transfer.reset();
    onClose(transfer.isSuccess);
  };

  const confirm = () => {
    const request = { licenseIds: licenses.map((l) => l.licenseId), customerId };
    transfer.mutate(request, { onSuccess: onTransferred });
  };

  return (
    <AppDialog
      open={open}
      onClose={close}
      title={t('partner.transfer.title')}
      actions={
        <>
          {result ? (
            // UX-2: Transfer is gone once the result shows; focus moves to the one way on.
            <Button onClick={close} variant="contained" autoFocus>
              {t('partner.transfer.done')}
            </Button>
          ) : (
            <>
              <Button onClick={close} disabled={transfer.isPending}>
                {t('partner.transfer.cancel')}
              </Button>
              <Button
                variant="contained"
                onClick={confirm}
                disabled={customerId === '' || licenses.length === 0}
                loading={transfer.isPending}
              >
                {t('partner.transfer.confirm')}
              </Button>
            </>
          )}
        </>
      }
    >
      {result ? (
        <Stack spacing={2}>
          <Alert severity="success">
            {t('partner.transfer.result', {
              count: result.transfers.length,
              customer: customer?.name ?? t('partner.transfer.theCustomer'),
              date: dates.day(result.transferDate),
            })}
          </Alert>
          <List dense aria-label={t('partner.transfer.newIds')}>
            {result.transfers.map(({ fromLicenseId, toLicenseId }) => (
              <ListItem key={toLicenseId} disableGutters>
                <Stack>
                  <CopyableId id={toLicenseId} label={t('partner.transfer.newId')} />
                  <Typography variant="caption" color="text.secondary">
                    <Message
                      id="partner.transfer.replaces"
                      values={{
                        licenseId: fromLicenseId,
                        id: (chunks) => (
                          <Typography
                            component="span"
                            variant="caption"
                            sx={{ fontFamily: MONOSPACE }}
                          >
                            {chunks}
                          </Typography>
                        ),
                      }}
                    />
                  </Typography>
                </Stack>
              </ListItem>
            ))}
          </List>
        </Stack>
      ) : (
        <Stack spacing={2}>
          <DialogText>{t('partner.transfer.explanation')}</DialogText>
          <List dense aria-label={t('partner.transfer.licenses')}>
            {licenses.map((license) => (
              <ListItem key={license.licenseId} disableGutters>
                <Typography variant="body2">
                  <Typography component="span" variant="body2" sx={{ fontFamily: MONOSPACE }}>
                    {license.licenseId}
                  </Typography>{' '}
                  · {licenseDescription(license, t)} · {license.purchaseOrder}
                </Typography>
              </ListItem>
            ))}
          </List>
          {customers.length === 0 ? (
            <Alert severity="info">{t('partner.transfer.noCustomers')}</Alert>
          ) : (
            <TextField
              select
              label={t('partner.transfer.customer')}
              value={customerId}
              onChange={(event) => setCustomerId(event.target.value)}
              fullWidth
            >
              {customers.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
          )}
          {transfer.isError && <ErrorAlert error={transfer.error} />}
        </Stack>
      )}
    </AppDialog>
  );
}
