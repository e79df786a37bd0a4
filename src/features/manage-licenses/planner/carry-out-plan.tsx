import { useId, useState } from 'react';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import type { PlanResult } from '@/api/contract/plans';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import type { WhatIf } from '@/domain/planner';
import { useText } from '@/lib/i18n';
import { CarryOutDialog } from './carry-out-dialog';
import type { PlannerData } from './use-planner-data';
import { changesTheCloud } from './what-if-steps';

interface Props {
  data: PlannerData;
  whatIf: WhatIf;
  onDone: (result: PlanResult) => void;
}

/** The offline segment controller a step needs (SS-35, SS-41), shown before trying. */
function offlineIn(data: PlannerData, whatIf: WhatIf) {
  const byLicense = new Map(data.licenses.map((l) => [l.licenseId, l.segmentControllerId]));
  const involved = new Set([
    ...whatIf.activate.map((a) => a.segmentControllerId),
    ...whatIf.transfer.map((id) => byLicense.get(id)),
  ]);
  return data.controllers.find((c) => involved.has(c.id) && !c.online);
}

/** PL-1: Owner only (SS-1); disabled with its reason in words, focusable so the reason is heard. */
export function CarryOutPlan({ data, whatIf, onDone }: Props) {
  const t = useText();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const offline = offlineIn(data, whatIf);
  const reason =
    data.user.role !== 'Owner'
      ? t('planner.carryOut.ownerOnly', { role: t('common.role', { role: data.user.role }) })
      : !changesTheCloud(whatIf)
        ? t('planner.carryOut.nothing')
        : offline
          ? t('planner.carryOut.offline', { controller: offline.name })
          : null;
  return (
    <>
      <Tooltip title={reason ?? ''} describeChild>
        <Button
          variant="contained"
          aria-disabled={reason ? true : undefined}
          aria-describedby={reason ? reasonId : undefined}
          onClick={reason ? undefined : () => setOpen(true)}
          sx={
            reason
              ? {
                  bgcolor: 'action.disabledBackground',
                  color: 'action.disabled',
                  boxShadow: 'none',
                  '&:hover': { bgcolor: 'action.disabledBackground' },
                }
              : {}
          }
        >
          {t('planner.carryOut.button')}
        </Button>
      </Tooltip>
      {reason && (
        <span id={reasonId} style={VISUALLY_HIDDEN}>
          {reason}
        </span>
      )}
      <CarryOutDialog
        open={open}
        data={data}
        whatIf={whatIf}
        onClose={() => setOpen(false)}
        onDone={(result) => {
          setOpen(false);
          onDone(result);
        }}
      />
    </>
  );
}
