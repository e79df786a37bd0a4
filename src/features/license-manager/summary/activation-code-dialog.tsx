import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod/mini';
import { toUserMessage } from '@/api/errors';
import { useRedeemActivationCode } from '@/api/fleet';
import { ACTIVATION_CODE_PATTERN, normalizeActivationCode } from '@/api/contract/fleet';
import { FormTextField } from '@/components/form-text-field';
import { MONOSPACE } from '@/lib/theme';
import { useFleetNotify } from '@/features/license-manager/fleet-notices';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { useText, type Translate } from '@/lib/i18n';
import { asciiOnlyIn } from '@/lib/i18n/input-text';

function codeFormSchema(t: Translate) {
  return z.object({
    code: z.pipe(
      z.pipe(
        z.string().check(z.trim(), z.superRefine(asciiOnlyIn('lettersAndDigits', t))),
        z.transform(normalizeActivationCode),
      ),
      z
        .string()
        .check(
          z.minLength(1, t('fleet.codeDialog.required')),
          z.regex(ACTIVATION_CODE_PATTERN, t('fleet.codeDialog.pattern')),
        ),
    ),
  });
}

/**
 * LM-2: an activation code adds its licenses to the pool; each refusal shows on the field. Typed
 * codes are forgiving: the field says how it reads one with spaces, lower case or no dashes.
 */
export function ActivationCodeDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useText();
  const redeem = useRedeemActivationCode();
  const notify = useFleetNotify();
  const { control, handleSubmit, reset, setError, setValue, formState } = useForm({
    resolver: zodResolver(codeFormSchema(t)),
    defaultValues: { code: '' },
  });
  const typed = useWatch({ control, name: 'code' });
  const normalized = normalizeActivationCode(typed);
  const readsAs =
    normalized !== typed.trim() && ACTIVATION_CODE_PATTERN.test(normalized)
      ? t('fleet.codeDialog.readsAs', { code: normalized })
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
        t('fleet.codeDialog.added', {
          added: result.added,
          months: result.key.durationMonths,
          key: result.key.id,
          renewed: result.renewedSensors,
        }),
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
      title={t('fleet.codeDialog.title')}
      onSubmit={(event) => void submit(event)}
      actions={
        <>
          <Button onClick={close} disabled={formState.isSubmitting}>
            {t('fleet.dialog.cancel')}
          </Button>
          <Button type="submit" variant="contained" loading={formState.isSubmitting}>
            {t('fleet.codeDialog.add')}
          </Button>
        </>
      }
    >
      <DialogText sx={{ mb: 2 }}>{t('fleet.codeDialog.intro')}</DialogText>
      <FormTextField
        control={control}
        name="code"
        label={t('fleet.codeDialog.label')}
        placeholder={t('fleet.codeDialog.placeholder')}
        helperText={readsAs ?? t('fleet.codeDialog.hint')}
        autoFocus
        fullWidth
        sx={{ '& input': { fontFamily: MONOSPACE, textTransform: 'uppercase' } }}
      />
    </AppDialog>
  );
}
