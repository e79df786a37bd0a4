import { memo, useId } from 'react';
import type { Sensor } from '@/api/contract/fleet';
import { VISUALLY_HIDDEN } from '@/components/visually-hidden';
import { daysLeftWords, SENSOR_STATUS_TEXT } from '@/features/license-manager/sensor-words';
import { useDates, useText } from '@/lib/i18n';
import { useAutoRenewal } from './auto-renewal-switch';
import { SENSOR_COLUMNS } from './sensor-columns';
import { ROW } from './sensor-row-sx';

/** The icons MUI's Checkbox and AddOutlined draw, as plain paths (no SvgIcon per row). */
const BOX_PATH =
  'M19 5v14H5V5h14m0-2H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2z';
const TICKED_BOX_PATH =
  'M19 3H5c-1.11 0-2 .9-2 2v14c0 1.1.89 2 2 2h14c1.11 0 2-.9 2-2V5c0-1.1-.89-2-2-2zm-9 14l-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z';
const ADD_PATH = 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6z';

const EXPIRY_CLASS = {
  active: '',
  expiring: ROW.warning,
  expired: ROW.error,
  unlicensed: '',
} as const;

function Secondary({ children, className = '' }: { children: string; className?: string }) {
  return <div className={`${ROW.secondary} ${className}`}>{children}</div>;
}

function Icon({ path }: { path: string }) {
  return (
    <svg focusable="false" aria-hidden="true" viewBox="0 0 24 24">
      <path d={path} />
    </svg>
  );
}

interface SensorRowProps {
  sensor: Sensor;
  index: number;
  /** Why "+" is unavailable (no licenses left), or null. */
  addDisabledReason: string | null;
  onOpen: (serial: string) => void;
  onAdd: (sensor: Sensor) => void;
  /** LM-12: ticked for a bulk action. */
  selected: boolean;
  /** Why this row cannot be ticked (the selection is full), or null. */
  selectDisabledReason: string | null;
  onSelect: (serial: string) => void;
}

/**
 * LM-3: one sensor, in the table's exact columns. Memoised: while scrolling only the rows that
 * come into view render (the callbacks it gets are stable). Its controls are native elements
 * drawn by the table body's classes (sensor-row-sx.ts); a reason a control is off is its title.
 */
export const SensorRow = memo(function SensorRow({
  sensor,
  index,
  addDisabledReason,
  onOpen,
  onAdd,
  selected,
  selectDisabledReason,
  onSelect,
}: SensorRowProps) {
  const { current } = sensor;
  const t = useText();
  const dates = useDates();
  const reasonId = useId();
  const selectOff = !selected && selectDisabledReason !== null;
  const addLabel = t('fleet.table.addLicenseTo', { name: sensor.name, serial: sensor.serial });
  return (
    <tr
      className={selected ? `${ROW.row} ${ROW.selected}` : ROW.row}
      aria-rowindex={index + 2}
      data-serial={sensor.serial}
    >
      <td>
        <div className={ROW.sensorCell}>
          <span
            className={selected ? `${ROW.check} ${ROW.on}` : ROW.check}
            title={selectOff ? (selectDisabledReason ?? undefined) : undefined}
          >
            <input
              type="checkbox"
              checked={selected}
              disabled={selectOff}
              onChange={() => onSelect(sensor.serial)}
              aria-label={t('fleet.bulk.selectSensor', {
                name: sensor.name,
                serial: sensor.serial,
              })}
            />
            <Icon path={selected ? TICKED_BOX_PATH : BOX_PATH} />
          </span>
          <div className={ROW.sensorText}>
            <button type="button" className={ROW.open} onClick={() => onOpen(sensor.serial)}>
              {sensor.serial}
            </button>
            <Secondary>{sensor.name}</Secondary>
          </div>
        </div>
      </td>
      <td>{current ? dates.day(current.startDate) : '—'}</td>
      <td>
        {current && sensor.daysLeft !== null ? (
          <>
            <div className={ROW.body}>{dates.day(current.endDate)}</div>
            <Secondary className={EXPIRY_CLASS[sensor.status]}>
              {daysLeftWords(sensor.daysLeft, t)}
            </Secondary>
          </>
        ) : (
          <div className={`${ROW.body} ${ROW.muted}`}>{t(SENSOR_STATUS_TEXT.unlicensed)}</div>
        )}
      </td>
      <td>
        {current ? (
          <div className={ROW.key}>
            {current.keyId} ({sensor.keyLicenseCount})
          </div>
        ) : (
          '—'
        )}
        {sensor.queue.length > 0 && (
          <Secondary>{t('fleet.table.queued', { count: sensor.queue.length })}</Secondary>
        )}
      </td>
      <td className={ROW.center} data-add-license>
        {/* Off for a reason, it stays focusable (aria-disabled) so anyone can learn why. */}
        {addDisabledReason === null ? (
          <button
            type="button"
            className={ROW.add}
            aria-label={addLabel}
            title={addLabel}
            onClick={() => onAdd(sensor)}
          >
            <Icon path={ADD_PATH} />
          </button>
        ) : (
          <button
            type="button"
            className={`${ROW.add} ${ROW.unavailable}`}
            aria-label={addLabel}
            aria-disabled
            aria-describedby={reasonId}
            title={t('common.unavailableAction', { action: addLabel, reason: addDisabledReason })}
          >
            <Icon path={ADD_PATH} />
            <span id={reasonId} style={VISUALLY_HIDDEN}>
              {addDisabledReason}
            </span>
          </button>
        )}
      </td>
      <td className={ROW.center}>
        <RowSwitch sensor={sensor} />
      </td>
    </tr>
  );
});

/** LM-6: the row's Auto Renewal switch, drawn as MUI's Switch. */
function RowSwitch({ sensor }: { sensor: Sensor }) {
  const renewal = useAutoRenewal(sensor);
  return (
    <span className={ROW.switch}>
      <span className={renewal.on ? `${ROW.switchBase} ${ROW.on}` : ROW.switchBase}>
        <input
          type="checkbox"
          role="switch"
          checked={renewal.on}
          onChange={(event) => renewal.set(event.target.checked)}
          aria-label={renewal.label}
        />
        <span className={ROW.thumb} />
      </span>
      <span className={ROW.track} />
    </span>
  );
}

/** A row whose page is still on its way: same height, marked as loading. */
export function SensorRowPlaceholder({ index }: { index: number }) {
  return (
    <tr className={ROW.placeholder} aria-rowindex={index + 2} aria-busy="true">
      {SENSOR_COLUMNS.map((column) => (
        <td key={column.label}>
          <span className={ROW.skeleton} />
          <span className={`${ROW.skeleton} ${ROW.short}`} />
        </td>
      ))}
    </tr>
  );
}
