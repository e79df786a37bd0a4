import type { ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { NO_WHAT_IF, type WhatIf } from '@/domain/planner';
import { useText } from '@/lib/i18n';
import type { PlannerData } from './use-planner-data';
import { ActivatedStepsTable } from './activated-steps-table';
import { CloudStepsTable } from './cloud-steps-table';

interface WhatIfPanelProps {
  data: PlannerData;
  whatIf: WhatIf;
  onChange: (whatIf: WhatIf) => void;
  /** The Carry out button, below the choices. */
  children: ReactNode;
}

/** PL-1 what-if: a step per license; the page's plan follows every choice at once. */
export function WhatIfPanel({ data, whatIf, onChange, children }: WhatIfPanelProps) {
  const t = useText();
  const isOwner = data.user.role === 'Owner';
  return (
    <Paper component="section" variant="outlined" aria-labelledby="planner-what-if" sx={{ p: 2 }}>
      <Typography id="planner-what-if" variant="h2">
        {t('planner.whatIf.toggle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 2 }}>
        {t('planner.whatIf.intro')}
      </Typography>
      <Stack spacing={2}>
        <Typography variant="h3">{t('planner.whatIf.activatedTitle')}</Typography>
        <ActivatedStepsTable data={data} whatIf={whatIf} onChange={onChange} />
        <Typography variant="h3">{t('planner.whatIf.waitingTitle')}</Typography>
        {!isOwner ? (
          <Alert severity="info">{t('planner.whatIf.waitingOwnerOnly')}</Alert>
        ) : data.cloudLicenses.length === 0 ? (
          <Typography>{t('planner.whatIf.noWaiting')}</Typography>
        ) : (
          <CloudStepsTable data={data} whatIf={whatIf} onChange={onChange} />
        )}
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        >
          {children}
          <Button onClick={() => onChange(NO_WHAT_IF)}>{t('planner.whatIf.clear')}</Button>
        </Stack>
      </Stack>
    </Paper>
  );
}
