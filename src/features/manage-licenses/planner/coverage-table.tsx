import Typography from '@mui/material/Typography';
import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import type { ControllerPlan, CoverageStep } from '@/domain/planner';
import { coverageSentence, useDates, useText } from '@/lib/i18n';

function CoverageText({ step }: { step: CoverageStep }) {
  const t = useText();
  if (step.capacity === 0) return <>{t('planner.table.noCapacity')}</>;
  const sentence = coverageSentence(step, t);
  return step.missing > 0 ? (
    <Typography component="span" variant="body2" color="error" sx={{ fontWeight: 600 }}>
      {t('planner.table.shortfall')}: {sentence}
    </Typography>
  ) : (
    <>{sentence}</>
  );
}

function ControllerRow({ controller }: { controller: ControllerPlan }) {
  const t = useText();
  const { day } = useDates();
  const [now, ...later] = controller.steps;
  return (
    <TableRow>
      <TableCell component="th" scope="row">
        {controller.name}
      </TableCell>
      <TableCell>{now && <CoverageText step={now} />}</TableCell>
      <TableCell>
        {later.length === 0
          ? t('planner.table.noExpiry')
          : later.map((step) => (
              <div key={step.date}>
                {t('planner.table.from', { date: day(step.date) })} <CoverageText step={step} />
              </div>
            ))}
      </TableCell>
      <TableCell>
        {controller.order.length === 0
          ? t('planner.table.nothingToOrder')
          : controller.order.map((line) => (
              <div key={line.activateBy}>
                {t('planner.table.orderCell', {
                  devices: line.deviceCount,
                  date: day(line.activateBy),
                })}
              </div>
            ))}
      </TableCell>
    </TableRow>
  );
}

/** PL-1 in words: coverage (SS-12) today and after each expiry, per segment controller. */
export function CoverageTable({ controllers }: { controllers: readonly ControllerPlan[] }) {
  const t = useText();
  return (
    <DataTable aria-label={t('planner.table.label')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('planner.table.controller')}</TableCell>
          <TableCell>{t('planner.table.today')}</TableCell>
          <TableCell>{t('planner.table.later')}</TableCell>
          <TableCell>{t('planner.table.order')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {controllers.map((controller) => (
          <ControllerRow key={controller.id} controller={controller} />
        ))}
      </TableBody>
    </DataTable>
  );
}
