import { memo } from 'react';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Skeleton from '@mui/material/Skeleton';
import {
  sensorStatusSchema,
  type SensorQuery,
  type SensorStatusCounts,
} from '@/api/contract/fleet';
import { SENSOR_STATUS_TEXT } from '@/features/license-manager/sensor-words';
import { useText } from '@/lib/i18n';
import { FleetSearchField } from './fleet-search-field';

const ALL = 'all';

/**
 * Sized by the row's styles, not an sx of its own: the button then reuses the page's text-button
 * class, while a new class brings @media rules, and inserting one restyles the whole page in the
 * keystroke that sets the first filter (~5 ms at 10,000 sensors, P4).
 */
const CLEAR = 'fleet-clear-filters';

interface FleetFiltersProps {
  /** What the filters show; the order is the table's own. */
  query: Pick<SensorQuery, 'search' | 'status' | 'location'>;
  counts: SensorStatusCounts | undefined;
  locations: readonly string[];
  onChange: (patch: Partial<SensorQuery>, options?: { replace?: boolean }) => void;
}

const sameCounts = (a: SensorStatusCounts | undefined, b: SensorStatusCounts | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    sensorStatusSchema.options.every((status) => a[status] === b[status]));

/**
 * Each answer brings its own counts object: a new order of the same sensors has the same counts,
 * and then the filters (some 80 MUI components) are not drawn again with the new rows (P4).
 */
function sameProps(before: FleetFiltersProps, after: FleetFiltersProps): boolean {
  return (
    before.query.search === after.query.search &&
    before.query.status === after.query.status &&
    before.query.location === after.query.location &&
    sameCounts(before.counts, after.counts) &&
    before.locations === after.locations &&
    before.onChange === after.onChange
  );
}

/** LM-8: search, status (with how many each would show) and location. */
export const FleetFilters = memo(function FleetFilters({
  query,
  counts,
  locations,
  onChange,
}: FleetFiltersProps) {
  const t = useText();
  const total = counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : undefined;
  const withCount = (label: string, count: number | undefined) =>
    count === undefined ? label : t('fleet.filters.withCount', { label, count });
  // A location from a shared link that no sensor has (any more) stays choosable, not blank.
  const options =
    query.location !== null && !locations.includes(query.location)
      ? [...locations, query.location]
      : locations;
  const filtered = query.search !== '' || query.status !== null || query.location !== null;

  return (
    <Stack
      direction="row"
      spacing={2}
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'flex-start', [`& .${CLEAR}`]: { height: 40 } }}
    >
      <FleetSearchField
        value={query.search}
        onChange={(search) => onChange({ search }, { replace: true })}
      />
      <TextField
        select
        size="small"
        label={t('fleet.filters.location')}
        value={query.location ?? ALL}
        onChange={(event) =>
          onChange({ location: event.target.value === ALL ? null : event.target.value })
        }
        sx={{ minWidth: 180 }}
      >
        <MenuItem value={ALL}>{t('fleet.filters.allLocations')}</MenuItem>
        {options.map((location) => (
          <MenuItem key={location} value={location}>
            {location}
          </MenuItem>
        ))}
      </TextField>
      {counts ? (
        <ToggleButtonGroup
          exclusive
          size="small"
          aria-label={t('fleet.filters.byStatus')}
          value={query.status ?? ALL}
          onChange={(_, value: string | null) => {
            if (value === null) return;
            const status = sensorStatusSchema.safeParse(value);
            onChange({ status: status.success ? status.data : null });
          }}
          sx={{ height: 40 }}
        >
          <ToggleButton value={ALL}>{withCount(t('fleet.filters.all'), total)}</ToggleButton>
          {sensorStatusSchema.options.map((status) => (
            <ToggleButton key={status} value={status}>
              {withCount(t(SENSOR_STATUS_TEXT[status]), counts?.[status])}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      ) : (
        // Counts come with the first rows; the buttons appear then, whole, and push nothing (CLS 0).
        <Skeleton variant="rounded" width={520} height={40} aria-hidden />
      )}
      {filtered && (
        <Button
          className={CLEAR}
          onClick={() => onChange({ search: '', status: null, location: null })}
        >
          {t('fleet.filters.clear')}
        </Button>
      )}
    </Stack>
  );
}, sameProps);
