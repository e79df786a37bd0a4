import Alert from '@mui/material/Alert';
import type { Plan } from '@/domain/planner';
import { useText } from '@/lib/i18n';

/** PL-1: the plan in one sentence, first thing on the page (and what a screen reader hears of the chart). */
export function PlanSummary({ plan }: { plan: Plan }) {
  const t = useText();
  const short = plan.controllers.filter((c) => c.shortfalls.length > 0).length;
  const devices = plan.order.reduce((sum, line) => sum + line.deviceCount, 0);
  return short === 0 ? (
    <Alert severity="success" role="status">
      {t('planner.summary.covered', { count: plan.controllers.length })}
    </Alert>
  ) : (
    <Alert severity="warning" role="status">
      {t('planner.summary.short', { short, count: plan.controllers.length, devices })}
    </Alert>
  );
}
