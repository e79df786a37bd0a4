import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { toUserMessage } from '@/api/errors';
import { useRedeemActivationCode } from '@/api/fleet';
import { ACTIVATION_CODE_PATTERN, normalizeActivationCode } from '@/api/contract/fleet';
import { asciiOnly } from '@/api/contract/common';
import { FormTextField } from '@/components/form-text-field';
import { MONOSPACE } from '@/lib/theme';
import { useFleetNotify } from '@/features/license-manager/fleet-notices';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { useText } from '@/lib/i18n';

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

/**
 * LM-2: an activation code adds its licenses to the pool; each refusal shows on the field. Typed
 * codes are forgiving: the field says how it reads one with spaces, lower case or no dashes.
 */
export function ActivationCodeDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useText();
  const redeem = useRedeemActivationCode();
  const notify = useFleetNotify();
  const { control, handleSubmit, reset, setError, setValue, formState } = useForm({
    resolver: zodResolver(codeFormSchema),
    defaultValues: { code: '' },
  });
  const typed = useWatch({ control, name: 'code' });
  const normalized = normalizeActivationCode(typed);
  const readsAs =
    normalized !== typed.trim() && ACTIVATION_CODE_PATTERN.test(normalized)
      ? `Reads as ${normalized}.`
      : undefined;

  const close = () => {
    if (formState.isSubmitting) return;
    reset();
    redeem.reset();
    onClose();
  };

  const submit = handleSubmit(async ({ code }) => {
    // The code as the cloud reads it, so a refusal's message matches what the field shows.
    setValue('code', code);
    try {
      const result = await redeem.mutateAsync({ code });
      notify(
        `${result.added} licenses × ${result.key.durationMonths} months added to the pool (key ${result.key.id}).`,
      );
      reset();
      onClose();
    } catch (error) {
      setError('code', { type: 'server', message: toUserMessage(error, t) });
    }
  });

  return (
    <AppDialog
      open={open}
      onClose={close}
      maxWidth="xs"
      title="Add licenses"
      onSubmit={(event) => void submit(event)}
      actions={
        <>
          <Button onClick={close} disabled={formState.isSubmitting}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={formState.isSubmitting}>
            Add
          </Button>
        </>
      }
    >
      <DialogText sx={{ mb: 2 }}>
        Enter the Activation Code from your order. Its licenses join the pool, ready to assign.
      </DialogText>
      <FormTextField
        control={control}
        name="code"
        label="Activation Code"
        placeholder="XXXX-XXXX-XXXX-XXXX"
        helperText={readsAs ?? 'Four groups of four; case, spaces and dashes do not matter.'}
        autoFocus
        fullWidth
        sx={{ '& input': { fontFamily: MONOSPACE, textTransform: 'uppercase' } }}
      />
    </AppDialog>
  );
}
