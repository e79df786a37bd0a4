import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { addDays } from '@/domain/dates';
import type { ControllerPlan, Plan } from '@/domain/planner';
import { useDates, useText } from '@/lib/i18n';
import { BAR_COLOR, SHORT_COLOR } from './timeline-colors';
import { TimelineLegend } from './timeline-legend';

const BAR_PX = 10;
const GAP_PX = 3;

/** Whole days since 1970 of a valid ISO day (the plan's dates are): cheap for 2,000 bars. */
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Left and width in percent of the plan's 12 months, clipped to them. */
function span(plan: Plan, from: string, toExclusive: string) {
  const first = dayNumber(plan.today);
  const total = dayNumber(plan.end) - first;
  const start = Math.max(0, dayNumber(from) - first);
  const end = Math.min(total, dayNumber(toExclusive) - first);
  return {
    left: `${(start / total) * 100}%`,
    width: `${(Math.max(0, end - start) / total) * 100}%`,
  };
}

/** Plain elements with inline styles: 2,000 bars must render fast (PL-1). */
function Track({ plan, controller }: { plan: Plan; controller: ControllerPlan }) {
  const lanes = controller.bars.length + 1;
  const shortLane = controller.bars.length * (BAR_PX + GAP_PX);
  return (
    // Basis auto, not 0: stacked under its name on a phone, the track keeps its height.
    <div
      style={{
        position: 'relative',
        flex: '1 1 auto',
        minWidth: 0,
        height: lanes * (BAR_PX + GAP_PX),
      }}
    >
      {controller.bars.map((bar, lane) => (
        <div
          key={bar.licenseId}
          style={{
            position: 'absolute',
            top: lane * (BAR_PX + GAP_PX),
            height: BAR_PX,
            borderRadius: 2,
            background: BAR_COLOR[bar.change],
            ...span(plan, bar.start, addDays(bar.expiry, 1)),
          }}
        />
      ))}
      {controller.steps.map((step, i) =>
        step.missing > 0 ? (
          <div
            key={step.date}
            style={{
              position: 'absolute',
              top: shortLane,
              height: BAR_PX,
              background: SHORT_COLOR,
              ...span(plan, step.date, controller.steps[i + 1]?.date ?? plan.end),
            }}
          />
        ) : null,
      )}
    </div>
  );
}

/**
 * PL-1: per segment controller its maintenance licenses as bars over the next 12 months, today at
 * the left edge. Purely visual and inert: the sentence above and the table below say the same.
 */
export function CoverageTimeline({
  plan,
  controllers,
}: {
  plan: Plan;
  controllers: readonly ControllerPlan[];
}) {
  const t = useText();
  const { day } = useDates();
  return (
    <Paper component="section" variant="outlined" aria-labelledby="planner-timeline" sx={{ p: 2 }}>
      <Typography id="planner-timeline" variant="h2" sx={{ mb: 1 }}>
        {t('planner.timeline.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('planner.timeline.explained')}
      </Typography>
      <Box inert aria-hidden data-testid="planner-timeline">
        <Stack direction="row" sx={{ justifyContent: 'space-between', ml: { sm: '11rem' } }}>
          <Typography variant="caption">
            {t('planner.timeline.today')} {day(plan.today)}
          </Typography>
          <Typography variant="caption">{day(addDays(plan.end, -1))}</Typography>
        </Stack>
        {controllers.map((controller) => (
          <Stack
            key={controller.id}
            direction={{ xs: 'column', sm: 'row' }}
            spacing={{ xs: 0.5, sm: 1 }}
            sx={{ py: 0.75, borderTop: 1, borderColor: 'divider' }}
          >
            <Typography variant="body2" noWrap sx={{ width: { sm: '10rem' }, flexShrink: 0 }}>
              {controller.name}
            </Typography>
            <Track plan={plan} controller={controller} />
          </Stack>
        ))}
        <TimelineLegend />
      </Box>
    </Paper>
  );
}
