import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { toUserMessage } from '@/api/errors';
import { useRedeemActivationCode } from '@/api/fleet';
import { ACTIVATION_CODE_PATTERN, normalizeActivationCode } from '@/api/contract/fleet';
import { asciiOnly } from '@/api/contract/common';
import { FormTextField } from '@/components/form-text-field';
import { MONOSPACE } from '@/lib/theme';
import { useFleetNotify } from './fleet-notices';

const codeFormSchema = z.object({
  code: z
    .string()
    .trim()
    .superRefine(asciiOnly('Latin letters and digits'))
    .transform(normalizeActivationCode)
    .pipe(
      z
        .string()
        .min(1, 'Enter the activation code.')
        .regex(
          ACTIVATION_CODE_PATTERN,
          'An activation code is four groups of four letters or digits, like EF7Q-2K9M-XR4D-81NB.',
        ),
    ),
});

/** LM-2: an activation code adds its licenses to the pool; each refusal shows on the field. */
export function ActivationCodeDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const redeem = useRedeemActivationCode();
  const notify = useFleetNotify();
  const { control, handleSubmit, reset, setError, formState } = useForm({
    resolver: zodResolver(codeFormSchema),
    defaultValues: { code: '' },
  });

  const close = () => {
    if (formState.isSubmitting) return;
    reset();
    redeem.reset();
    onClose();
  };

  const submit = handleSubmit(async ({ code }) => {
    try {
      const result = await redeem.mutateAsync({ code });
      notify(
        `${result.added} licenses × ${result.key.durationMonths} months added to the pool (key ${result.key.id}).`,
      );
      reset();
      onClose();
    } catch (error) {
      setError('code', { type: 'server', message: toUserMessage(error) });
    }
  });

  return (
    <Dialog
      open={open}
      onClose={close}
      maxWidth="xs"
      fullWidth
      aria-labelledby="activation-code-title"
    >
      <form noValidate onSubmit={(event) => void submit(event)}>
        <DialogTitle id="activation-code-title">Add licenses</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            Enter the Activation Code from your order. Its licenses join the pool, ready to assign.
          </DialogContentText>
          <FormTextField
            control={control}
            name="code"
            label="Activation Code"
            placeholder="XXXX-XXXX-XXXX-XXXX"
            autoFocus
            fullWidth
            sx={{ '& input': { fontFamily: MONOSPACE, textTransform: 'uppercase' } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={formState.isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={formState.isSubmitting}>
            Add
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
