import { useMemo } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod/mini';
import { fieldRefusalOf } from '@/api/errors';
import type { ActivatedLicense } from '@/api/contract/licenses';
import type { ReimageResult, SegmentController } from '@/api/contract/segment-controllers';
import { useReimage } from '@/api/segment-lifecycle';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { ErrorAlert } from '@/components/error-alert';
import { FormSelectField } from '@/components/form-select-field';
import type { IsoDate } from '@/domain/dates';
import { SOFTWARE_RELEASES } from '@/domain/software-releases';
import { Message, useDates, useText } from '@/lib/i18n';
import { reimageOutlook, type ReimageOutlook } from './reimage-outlook';

interface ReimageDialogProps {
  open: boolean;
  controller: SegmentController;
  licenses: readonly ActivatedLicense[];
  today: IsoDate;
  onClose: () => void;
  onDone: (result: ReimageResult) => void;
}

const formSchema = z.object({ softwareVersion: z.string() });

function OutlookLine({
  outlook,
  controller,
  version,
  today,
}: {
  outlook: ReimageOutlook;
  controller: string;
  version: string;
  today: IsoDate;
}) {
  const t = useText();
  const { day } = useDates();
  switch (outlook.kind) {
    case 'no-license-needed':
      return <Alert severity="info">{t('dashboard.lifecycle.noLicenseNeeded')}</Alert>;
    case 'maintenance':
      return (
        <Alert severity="success">
          {t('dashboard.lifecycle.maintenanceAllows', {
            controller,
            day: outlook.expiryDate ? day(outlook.expiryDate) : '',
          })}
        </Alert>
      );
    case 'uses-upgrade-license':
      return (
        <Alert severity="info">
          {t('dashboard.lifecycle.upgradeLicenseUsed', { licenseId: outlook.licenseId })}
        </Alert>
      );
    case 'maintenance-required':
      return (
        <Alert severity="warning">
          <Message
            id="dashboard.lifecycle.maintenanceRequired"
            values={{
              controller,
              version,
              day: day(today),
              // A date never breaks at its hyphens.
              nowrap: (chunks) => (
                <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
                  {chunks}
                </Box>
              ),
            }}
          />
        </Alert>
      );
  }
}

/**
 * SS-70, SS-71: re-image a segment controller to a chosen release. What the release needs is
 * shown before trying, and Re-image stays disabled while the controller lacks it; the cloud
 * still decides, and its refusal lands at the field.
 */
export function ReimageDialog({
  open,
  controller,
  licenses,
  today,
  onClose,
  onDone,
}: ReimageDialogProps) {
  const t = useText();
  const reimage = useReimage();
  const { control, handleSubmit, reset, setError, formState } = useForm({
    resolver: zodResolver(formSchema),
    defaultValues: { softwareVersion: controller.softwareVersion },
  });
  const version = useWatch({ control, name: 'softwareVersion' });
  const outlook = reimageOutlook(controller, licenses, today, version);
  const options = useMemo(
    () =>
      [...SOFTWARE_RELEASES].reverse().map((release) => ({
        value: release,
        label:
          release === controller.softwareVersion
            ? t('dashboard.lifecycle.currentRelease', { version: release })
            : release,
      })),
    [controller.softwareVersion, t],
  );

  const close = () => {
    if (formState.isSubmitting) return;
    reset({ softwareVersion: controller.softwareVersion });
    reimage.reset();
    onClose();
  };

  const submit = handleSubmit(async ({ softwareVersion }) => {
    try {
      const result = await reimage.mutateAsync({ controllerId: controller.id, softwareVersion });
      reset({ softwareVersion: result.segmentController.softwareVersion });
      reimage.reset();
      onDone(result);
    } catch (error) {
      const message = fieldRefusalOf(error, 'softwareVersion', t);
      if (message) setError('softwareVersion', { type: 'server', message });
    }
  });
  const fieldError = formState.errors.softwareVersion !== undefined;

  return (
    <AppDialog
      open={open}
      onClose={close}
      title={t('dashboard.lifecycle.reimageTitle', { controller: controller.name })}
      onSubmit={(event) => void submit(event)}
      actions={
        <>
          <Button onClick={close} disabled={formState.isSubmitting}>
            {t('dashboard.lifecycle.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            loading={formState.isSubmitting}
            disabled={outlook.kind === 'maintenance-required'}
          >
            {t('dashboard.lifecycle.reimageAction')}
          </Button>
        </>
      }
    >
      <Stack spacing={2}>
        <DialogText>
          {t('dashboard.lifecycle.reimageIntro', {
            controller: controller.name,
            version: controller.softwareVersion,
          })}
        </DialogText>
        <FormSelectField
          control={control}
          name="softwareVersion"
          label={t('dashboard.lifecycle.release')}
          options={options}
          fullWidth
          autoFocus
        />
        {!fieldError && (
          <OutlookLine
            outlook={outlook}
            controller={controller.name}
            version={version}
            today={today}
          />
        )}
        {reimage.isError && fieldRefusalOf(reimage.error, 'softwareVersion', t) === null && (
          <ErrorAlert error={reimage.error} />
        )}
      </Stack>
    </AppDialog>
  );
}
