import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { usePagedRows } from '@/components/use-paged-rows';
import type { WhatIf } from '@/domain/planner';
import { licenseDescription, useDates, useText } from '@/lib/i18n';
import { StepSelect } from './step-select';
import type { PlannerData } from './use-planner-data';
import { activatedStepOf, withActivatedStep, type ActivatedStep } from './what-if-steps';

interface Props {
  data: PlannerData;
  whatIf: WhatIf;
  onChange: (whatIf: WhatIf) => void;
}

const isStep = (value: string): value is ActivatedStep =>
  value === 'keep' || value === 'transfer' || value === 'letExpire';

/** PL-1: the capacity and maintenance licenses on the segment controllers, each kept, transferred or let expire. */
export function ActivatedStepsTable({ data, whatIf, onChange }: Props) {
  const t = useText();
  const { day } = useDates();
  const names = new Map(data.controllers.map((c) => [c.id, c.name]));
  // Soonest expiry first (capacity, which never expires, last): what runs out first is decided first.
  const rows = data.licenses
    .filter(
      (l) =>
        l.segmentControllerId !== null &&
        (l.kind === 'capacity' || (l.kind === 'maintenance' && (l.expiryDate ?? '') >= data.today)),
    )
    .sort((a, b) => (a.expiryDate ?? '9999').localeCompare(b.expiryDate ?? '9999'));
  const { visible, pager } = usePagedRows(rows);
  return (
    <div>
      <DataTable aria-label={t('planner.whatIf.activatedTitle')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('planner.whatIf.controller')}</TableCell>
            <TableCell>{t('planner.whatIf.license')}</TableCell>
            <TableCell>{t('planner.whatIf.expires')}</TableCell>
            <TableCell>{t('planner.whatIf.step')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {visible.map((license) => {
            const description = licenseDescription(license, t);
            const controller = names.get(license.segmentControllerId ?? '') ?? '';
            const options = [
              { value: 'keep', label: t('planner.whatIf.keep') },
              { value: 'transfer', label: t('planner.whatIf.transfer') },
              ...(license.kind === 'maintenance'
                ? [{ value: 'letExpire', label: t('planner.whatIf.letExpire') }]
                : []),
            ];
            return (
              <TableRow key={license.licenseId}>
                <TableCell component="th" scope="row">
                  {controller}
                </TableCell>
                <TableCell>{description}</TableCell>
                <TableCell>
                  {license.expiryDate ? day(license.expiryDate) : t('planner.whatIf.never')}
                </TableCell>
                <TableCell>
                  <StepSelect
                    label={t('planner.whatIf.stepFor', {
                      license: `${description}, ${controller}`,
                    })}
                    value={activatedStepOf(whatIf, license.licenseId)}
                    options={options}
                    onChange={(value) => {
                      if (isStep(value))
                        onChange(withActivatedStep(whatIf, license.licenseId, value));
                    }}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </DataTable>
      {pager}
    </div>
  );
}
