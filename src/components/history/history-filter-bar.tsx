import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { HistoryEntry, HistoryKind } from '@/api/contract/history';
import { useText } from '@/lib/i18n';
import { rangeBackwards, type HistoryFilters } from './history-filters';

interface Choices {
  kinds: readonly HistoryKind[];
  apps: readonly NonNullable<HistoryEntry['actor']>['app'][];
  users: readonly string[];
}

/** The History's filters: what, which app, who, and a range of simulated days. */
export function HistoryFilterBar({
  filters,
  choices,
  onChange,
}: {
  filters: HistoryFilters;
  choices: Choices;
  onChange: (next: HistoryFilters) => void;
}) {
  const t = useText();
  const backwards = rangeBackwards(filters);
  const select = (
    key: 'kind' | 'app' | 'user',
    label: string,
    options: readonly { value: string; label: string }[],
  ) => (
    <TextField
      select
      size="small"
      label={label}
      value={filters[key]}
      onChange={(event) => onChange({ ...filters, [key]: event.target.value })}
      sx={{ minWidth: 160 }}
    >
      <MenuItem value="">{t('history.filter.any')}</MenuItem>
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
  const day = (key: 'from' | 'to', label: string) => (
    <TextField
      type="date"
      size="small"
      label={label}
      value={filters[key]}
      onChange={(event) => onChange({ ...filters, [key]: event.target.value })}
      error={backwards && key === 'to'}
      helperText={backwards && key === 'to' ? t('history.filter.rangeBackwards') : undefined}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
  return (
    <Stack
      direction="row"
      useFlexGap
      spacing={1.5}
      sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}
    >
      {select(
        'kind',
        t('history.filter.kind'),
        choices.kinds.map((kind) => ({ value: kind, label: t(`history.kind.${kind}`) })),
      )}
      {select(
        'app',
        t('history.filter.app'),
        choices.apps.map((app) => ({ value: app, label: t(`history.app.${app}`) })),
      )}
      {select(
        'user',
        t('history.filter.user'),
        choices.users.map((name) => ({ value: name, label: name })),
      )}
      {day('from', t('history.filter.from'))}
      {day('to', t('history.filter.to'))}
    </Stack>
  );
}
