import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { PlanResult } from '@/api/contract/plans';
import { addDays } from '@/domain/dates';
import { NO_WHAT_IF, planCoverage, type WhatIf } from '@/domain/planner';
import { usePagedRows } from '@/components/use-paged-rows';
import { useDates, useText } from '@/lib/i18n';
import { CarryOutPlan } from './carry-out-plan';
import { CoverageTable } from './coverage-table';
import { CoverageTimeline } from './coverage-timeline';
import { OrderList } from './order-list';
import { PlanSummary } from './plan-summary';
import type { PlannerData } from './use-planner-data';
import { WhatIfPanel } from './what-if-panel';

/** PL-1: the plan is recomputed from the data and the what-if on every change (it is pure). */
export function PlannerWorkspace({ data }: { data: PlannerData }) {
  const t = useText();
  const { day } = useDates();
  const [whatIfOn, setWhatIfOn] = useState(false);
  const [whatIf, setWhatIf] = useState<WhatIf>(NO_WHAT_IF);
  const [done, setDone] = useState<PlanResult | null>(null);
  const applied = whatIfOn ? whatIf : NO_WHAT_IF;
  const plan = useMemo(() => planCoverage({ ...data, whatIf: applied }), [data, applied]);
  // One page of segment controllers for the timeline and the table alike: 200 stay quick (PL-1).
  const { visible, pager } = usePagedRows(plan.controllers);
  const onDone = (result: PlanResult) => {
    setDone(result);
    setWhatIf(NO_WHAT_IF);
    setWhatIfOn(false);
  };
  return (
    <Stack spacing={3} sx={{ minWidth: 0 }}>
      <Typography color="text.secondary">
        {t('planner.page.subtitle', { today: day(plan.today), last: day(addDays(plan.end, -1)) })}
      </Typography>
      {done && (
        <Alert severity="success" onClose={() => setDone(null)}>
          {t('planner.carryOut.done', {
            activated: done.activatedLicenseIds.length,
            transferred: done.transferredLicenseIds.length,
          })}
        </Alert>
      )}
      <PlanSummary plan={plan} />
      <FormControlLabel
        control={<Switch checked={whatIfOn} onChange={(_, on) => setWhatIfOn(on)} />}
        label={t('planner.whatIf.toggle')}
        sx={{ alignSelf: 'flex-start' }}
      />
      {whatIfOn && (
        <WhatIfPanel data={data} whatIf={whatIf} onChange={setWhatIf}>
          <CarryOutPlan data={data} whatIf={whatIf} onDone={onDone} />
        </WhatIfPanel>
      )}
      <CoverageTimeline plan={plan} controllers={visible} />
      <div>
        <CoverageTable controllers={visible} />
        {pager}
      </div>
      <OrderList plan={plan} />
    </Stack>
  );
}
