import { DataTable, TableBody, TableCell, TableHead, TableRow } from '@/components/data-table';
import { usePagedRows } from '@/components/use-paged-rows';
import type { WhatIf } from '@/domain/planner';
import { licenseDescription, useDates, useText } from '@/lib/i18n';
import { StepSelect } from './step-select';
import type { PlannerData } from './use-planner-data';
import { cloudStepOf, withCloudStep } from './what-if-steps';

interface Props {
  data: PlannerData;
  whatIf: WhatIf;
  onChange: (whatIf: WhatIf) => void;
}

const LEAVE = '';

/** PL-1: licenses waiting in the cloud (Owner), each left there or activated on a segment controller that may take it (SS-76). */
export function CloudStepsTable({ data, whatIf, onChange }: Props) {
  const t = useText();
  const { day } = useDates();
  const names = new Map(data.controllers.map((c) => [c.id, c.name]));
  const rows = data.cloudLicenses.filter((l) => l.kind === 'capacity' || l.kind === 'maintenance');
  const { visible, pager } = usePagedRows(rows);
  return (
    <div>
      <DataTable aria-label={t('planner.whatIf.waitingTitle')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('planner.whatIf.license')}</TableCell>
            <TableCell>{t('planner.whatIf.expires')}</TableCell>
            <TableCell>{t('planner.whatIf.step')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {visible.map((license) => {
            const description = licenseDescription(license, t);
            return (
              <TableRow key={license.licenseId}>
                <TableCell component="th" scope="row">
                  {description}
                </TableCell>
                <TableCell>
                  {license.expiryDateIfActivatedToday
                    ? day(license.expiryDateIfActivatedToday)
                    : t('planner.whatIf.never')}
                </TableCell>
                <TableCell>
                  <StepSelect
                    label={t('planner.whatIf.stepFor', {
                      license: `${description} ${license.licenseId}`,
                    })}
                    value={cloudStepOf(whatIf, license.licenseId) ?? LEAVE}
                    options={[
                      { value: LEAVE, label: t('planner.whatIf.leave') },
                      ...license.segmentControllerIds.map((id) => ({
                        value: id,
                        label: t('planner.whatIf.activateOn', { controller: names.get(id) ?? id }),
                      })),
                    ]}
                    onChange={(value) =>
                      onChange(
                        withCloudStep(whatIf, license.licenseId, value === LEAVE ? null : value),
                      )
                    }
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
