import Button from '@mui/material/Button';
import { useCarryOutPlan } from '@/api/plans';
import type { PlanResult } from '@/api/contract/plans';
import { AppDialog, DialogText } from '@/components/app-dialog';
import { ErrorAlert } from '@/components/error-alert';
import type { WhatIf } from '@/domain/planner';
import { licenseDescription, useDates, useText } from '@/lib/i18n';
import type { PlannerData } from './use-planner-data';

interface Props {
  open: boolean;
  data: PlannerData;
  whatIf: WhatIf;
  onClose: () => void;
  onDone: (result: PlanResult) => void;
}

/** Every step of the plan in words, so the Owner confirms exactly what happens (PL-1). */
function useStepSentences(data: PlannerData, whatIf: WhatIf): string[] {
  const t = useText();
  const { day } = useDates();
  const names = new Map(data.controllers.map((c) => [c.id, c.name]));
  const activated = new Map(data.licenses.map((l) => [l.licenseId, l]));
  const waiting = new Map(data.cloudLicenses.map((l) => [l.licenseId, l]));
  const on = (id: string) => {
    const license = activated.get(id);
    return {
      license: license ? licenseDescription(license, t) : id,
      controller: names.get(license?.segmentControllerId ?? '') ?? '',
      date: license?.expiryDate ? day(license.expiryDate) : '',
    };
  };
  return [
    ...whatIf.activate.map((step) => {
      const license = waiting.get(step.licenseId);
      return t('planner.carryOut.activate', {
        license: license ? licenseDescription(license, t) : step.licenseId,
        controller: names.get(step.segmentControllerId) ?? '',
      });
    }),
    ...whatIf.transfer.map((id) => t('planner.carryOut.transfer', on(id))),
    ...whatIf.letExpire.map((id) => t('planner.carryOut.letExpire', on(id))),
  ];
}

export function CarryOutDialog({ open, data, whatIf, onClose, onDone }: Props) {
  const t = useText();
  const carryOut = useCarryOutPlan();
  const steps = useStepSentences(data, whatIf);
  const close = () => {
    carryOut.reset();
    onClose();
  };
  return (
    <AppDialog
      open={open}
      title={t('planner.carryOut.title')}
      onClose={carryOut.isPending ? undefined : close}
      actions={
        <>
          <Button onClick={close} disabled={carryOut.isPending}>
            {t('planner.carryOut.cancel')}
          </Button>
          <Button
            variant="contained"
            loading={carryOut.isPending}
            onClick={() =>
              carryOut.mutate(
                {
                  activate: [...whatIf.activate],
                  transfer: [...whatIf.transfer],
                  letExpire: [...whatIf.letExpire],
                },
                { onSuccess: onDone },
              )
            }
          >
            {t('planner.carryOut.confirm')}
          </Button>
        </>
      }
    >
      {carryOut.error && (
        <ErrorAlert title={t('planner.carryOut.failed')} error={carryOut.error} sx={{ mb: 2 }} />
      )}
      <DialogText>{t('planner.carryOut.intro')}</DialogText>
      <ul>
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
    </AppDialog>
  );
}
