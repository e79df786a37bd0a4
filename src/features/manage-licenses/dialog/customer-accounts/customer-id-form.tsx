import { useMemo, type KeyboardEvent } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useForm, useWatch } from 'react-hook-form';
import { useSaveCustomerId } from '@/api/segment-controllers';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { FormTextField } from '@/components/form-text-field';
import { MONOSPACE } from '@/lib/theme';
import { useText } from '@/lib/i18n';
import {
  CUSTOMER_ID_EXAMPLE,
  customerIdFormSchema,
  customerIdSaveError,
} from './customer-id-schema';
import { useReportUnsavedChanges } from '@/features/manage-licenses/dialog/unsaved-changes';

/**
 * A set width, so the field does not move when the buttons appear: beside it when the cell is wide
 * enough, else on the next line (a laptop at 1024 px, a phone), never off-screen.
 */
const FIELD_SX = {
  width: 420,
  maxWidth: '100%',
  flexShrink: 0,
  '& input': { fontFamily: MONOSPACE, fontSize: '0.85rem' },
} as const;

/** Sits level with the small text field, whose helper text may grow below it. */
const BUTTON_SX = { height: 40, whiteSpace: 'nowrap', flexShrink: 0 } as const;

/** One segment controller's Customer ID, saved on its own (SS-21, SS-22). */
export function CustomerIdForm({ controller }: { controller: SegmentController }) {
  const t = useText();
  const save = useSaveCustomerId();
  const schema = useMemo(() => customerIdFormSchema(t), [t]);
  const { control, handleSubmit, reset, setError, getFieldState, getValues, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { customerId: controller.customerId ?? '' },
    mode: 'onChange',
  });
  const { isDirty, isSubmitting, errors } = formState;
  const typed = useWatch({ control, name: 'customerId' });
  // SS-23: BACK and CLOSE ask first while this row holds an edit.
  useReportUnsavedChanges(isDirty);

  const submit = handleSubmit(async ({ customerId }) => {
    try {
      const stored = await save.mutateAsync({
        segmentControllerId: controller.id,
        customerId: customerId === '' ? null : customerId,
      });
      reset({ customerId: stored.customerId ?? '' });
    } catch (error) {
      // The cloud's refusal belongs on the field; what was typed stays for a retry (quality R11).
      setError('customerId', { type: 'server', message: customerIdSaveError(error, t) });
    }
  });

  // Spaces where no ID is saved would "clear" nothing: say so rather than send a no-op.
  const blank = () => controller.customerId === null && getValues('customerId').trim() === '';

  const saveOrDiscard = (event: KeyboardEvent<HTMLDivElement>) => {
    const edited = getFieldState('customerId').isDirty;
    if (event.key === 'Enter') {
      // Not the form's implicit submission: that follows Save's disabled state, which may still
      // reflect the previous keystroke; handleSubmit validates the value as it is now.
      event.preventDefault();
      if (edited && !isSubmitting && !blank()) void submit();
    } else if (event.key === 'Escape' && edited && !isSubmitting) {
      // Only the edit is dropped: the dialog stays open.
      event.stopPropagation();
      reset();
    }
  };

  const malformed = errors.customerId !== undefined && errors.customerId.type !== 'server';
  const clearing = isDirty && typed.trim() === '' && controller.customerId !== null;
  const nothingTyped = isDirty && typed.trim() === '' && controller.customerId === null;
  const saved = !isDirty && save.isSuccess;
  const helperText = clearing
    ? t('cms.customerAccounts.clearing')
    : nothingTyped
      ? t('cms.customerAccounts.enterId', { example: CUSTOMER_ID_EXAMPLE })
      : saved
        ? t('cms.customerAccounts.saved')
        : undefined;

  return (
    <Stack
      component="form"
      noValidate
      onSubmit={(event) => void submit(event)}
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}
    >
      <FormTextField
        control={control}
        name="customerId"
        label={t('cms.customerAccounts.field', { segment: controller.name })}
        hideLabel
        size="small"
        placeholder={
          controller.customerId === null ? t('cms.customerAccounts.noneSaved') : undefined
        }
        helperText={helperText}
        readOnly={isSubmitting}
        onKeyDown={saveOrDiscard}
        sx={FIELD_SX}
      />
      {isDirty && (
        <>
          <Button
            type="submit"
            variant="contained"
            loading={isSubmitting}
            disabled={malformed || nothingTyped}
            sx={BUTTON_SX}
          >
            {t('cms.customerAccounts.save')}
          </Button>
          <Button type="button" onClick={() => reset()} disabled={isSubmitting} sx={BUTTON_SX}>
            {t('cms.customerAccounts.discard')}
          </Button>
        </>
      )}
    </Stack>
  );
}
