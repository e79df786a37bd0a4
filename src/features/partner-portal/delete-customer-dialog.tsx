import Stack from '@mui/material/Stack';
import type { PartnerCustomer } from '@/api/contract/partner-portal';
import { useDeleteCustomer } from '@/api/partner-portal';
import { DialogText } from '@/components/app-dialog';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { useText } from '@/lib/i18n';

interface DeleteCustomerDialogProps {
  open: boolean;
  customer: PartnerCustomer;
  onClose: () => void;
  onDeleted: (customer: PartnerCustomer) => void;
}

/** PP-8: asks first; an account that holds licenses is refused by the cloud, which says how many. */
export function DeleteCustomerDialog({
  open,
  customer,
  onClose,
  onDeleted,
}: DeleteCustomerDialogProps) {
  const t = useText();
  const remove = useDeleteCustomer();
  const cancel = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={open}
      title={t('partner.customers.deleteTitle', { name: customer.name })}
      confirmLabel={t('partner.customers.deleteConfirm')}
      destructive
      pending={remove.isPending}
      onCancel={cancel}
      onConfirm={() => {
        remove.mutate(customer.id, {
          onSuccess: () => {
            remove.reset();
            onDeleted(customer);
          },
        });
      }}
    >
      <Stack spacing={2}>
        <DialogText>{t('partner.customers.deleteText', { customerId: customer.id })}</DialogText>
        {remove.isError && <ErrorAlert error={remove.error} />}
      </Stack>
    </ConfirmDialog>
  );
}
