import { useMemo } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useForm, type FieldError, type Merge } from 'react-hook-form';
import { toUserMessage } from '@/api/errors';
import { useSaveNotificationSettings } from '@/api/notifications';
import type { NotificationSettings } from '@/api/contract/notifications';
import { FormChipsField } from '@/components/form-chips-field';
import { FormSwitchField } from '@/components/form-switch-field';
import { MAX_NOTICE_DAYS, MAX_RECIPIENTS, normalizeRecipient } from '@/domain/notifications';
import {
  dayEntryProblem,
  normalizeDay,
  notificationFormSchema,
  recipientEntryProblem,
  serverFieldErrors,
  toFormValues,
  toSaveBody,
} from './notification-settings-schema';
import { useReportUnsavedChanges } from '@/features/manage-licenses/dialog/unsaved-changes';
import { ErrorAlert } from '@/components/error-alert';
import { useText } from '@/lib/i18n';

/** SS-60: recipients, notification days and the activation toggle, saved together. */
export function NotificationSettingsForm({ settings }: { settings: NotificationSettings }) {
  const t = useText();
  const save = useSaveNotificationSettings();
  const rules = useMemo(
    () => ({
      schema: notificationFormSchema(t),
      recipient: recipientEntryProblem(t),
      day: dayEntryProblem(t),
    }),
    [t],
  );
  const { control, handleSubmit, reset, setError, formState } = useForm({
    resolver: zodResolver(rules.schema),
    defaultValues: toFormValues(settings),
    mode: 'onChange',
  });
  const { isDirty, isValid, isSubmitting, errors } = formState;
  // SS-23 habit: BACK and CLOSE ask first while the settings hold an edit.
  useReportUnsavedChanges(isDirty);

  const submit = handleSubmit(async (values) => {
    try {
      reset(toFormValues(await save.mutateAsync(toSaveBody(values))), { keepValues: false });
    } catch (error) {
      const placed = serverFieldErrors(error, values);
      // The cloud's refusals belong on their chips and boxes; only a failure with no field is general.
      for (const fieldError of placed) {
        const server = { type: 'server', message: fieldError.message };
        if (fieldError.field === 'recipient') setError(`recipients.${fieldError.index}`, server);
        else if (fieldError.field === 'day') setError(`days.${fieldError.index}`, server);
        else setError(fieldError.field, server);
      }
      if (placed.length === 0) setError('root.server', { message: toUserMessage(error, t) });
    }
  });

  const saved = !isDirty && save.isSuccess;

  return (
    <Stack component="form" noValidate onSubmit={(event) => void submit(event)} spacing={3}>
      <FormChipsField
        control={control}
        name="recipients"
        draftName="recipientDraft"
        label={t('cms.notifications.recipients')}
        inputLabel={t('cms.notifications.addRecipient')}
        placeholder={t('cms.notifications.recipientPlaceholder')}
        inputMode="email"
        helperText={t('cms.notifications.recipientsHint', { max: MAX_RECIPIENTS })}
        entryProblem={rules.recipient}
        normalize={normalizeRecipient}
        chipErrors={settingsChipErrors(errors.recipients)}
        readOnly={isSubmitting}
      />
      <FormChipsField
        control={control}
        name="days"
        draftName="dayDraft"
        label={t('cms.notifications.days')}
        inputLabel={t('cms.notifications.addDay')}
        placeholder={t('cms.notifications.dayPlaceholder')}
        inputMode="numeric"
        helperText={t('cms.notifications.daysHint', { max: MAX_NOTICE_DAYS })}
        entryProblem={rules.day}
        normalize={normalizeDay}
        chipErrors={settingsChipErrors(errors.days)}
        readOnly={isSubmitting}
      />
      <FormSwitchField
        control={control}
        name="notifyOnActivation"
        label={t('cms.notifications.onActivation')}
        readOnly={isSubmitting}
      />
      {errors.root?.server && <ErrorAlert error={errors.root.server.message} />}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button
          type="submit"
          variant="contained"
          loading={isSubmitting}
          disabled={!isDirty || !isValid}
        >
          {t('cms.notifications.save')}
        </Button>
        <Button type="button" onClick={() => reset()} disabled={!isDirty || isSubmitting}>
          {t('cms.notifications.cancel')}
        </Button>
        <Typography role="status" variant="body2" color="success.main">
          {saved ? t('cms.notifications.saved') : ''}
        </Typography>
      </Stack>
    </Stack>
  );
}

/** The message of each chip the cloud refused, by index (an error object of the whole list has none). */
function settingsChipErrors(
  errors: Merge<FieldError, (FieldError | undefined)[]> | undefined,
): (string | undefined)[] {
  return Array.from({ length: errors?.length ?? 0 }, (_, index) => errors?.[index]?.message);
}
