import { useId, useMemo } from 'react';
import Autocomplete from '@mui/material/Autocomplete';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { DATE_STYLES, LOCALES, useLanguage, useText } from '@/lib/i18n';
import { formatDay } from '@/lib/i18n/date-format';

/** The day the date-style choices show as their example. */
const EXAMPLE_DAY = '2027-03-31';

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Every zone the browser knows, the chosen one included even when the list lacks it ("UTC"). */
function useTimeZones(chosen: string): string[] {
  return useMemo(() => {
    const zones = Intl.supportedValuesOf('timeZone');
    return zones.includes(chosen) ? zones : [chosen, ...zones];
  }, [chosen]);
}

interface ChoiceGroupProps<T extends string> {
  label: string;
  choices: readonly T[];
  value: T;
  onChange: (choice: T) => void;
  labelOf: (choice: T) => string;
  /** The language a choice's label is written in, when not the page's (a language's own name). */
  langOf?: (choice: T) => string;
}

/** One preference as radio buttons, labelled for screen readers by its heading. */
function ChoiceGroup<T extends string>({
  label,
  choices,
  value,
  onChange,
  labelOf,
  langOf,
}: ChoiceGroupProps<T>) {
  const labelId = useId();
  return (
    <FormControl>
      <FormLabel id={labelId}>{label}</FormLabel>
      <RadioGroup
        aria-labelledby={labelId}
        value={value}
        onChange={(event) => {
          const choice = event.target.value;
          if (isOneOf(choices, choice)) onChange(choice);
        }}
      >
        {choices.map((choice) => (
          <FormControlLabel
            key={choice}
            value={choice}
            control={<Radio />}
            label={labelOf(choice)}
            lang={langOf?.(choice)}
          />
        ))}
      </RadioGroup>
    </FormControl>
  );
}

export function LanguageSettingsFields() {
  const t = useText();
  const { preferences, changePreferences } = useLanguage();
  const zones = useTimeZones(preferences.timeZone);
  const dateStyleLabel = {
    iso: t('shell.language.dateStyleIso', { example: EXAMPLE_DAY }),
    locale: t('shell.language.dateStyleLocale', {
      example: formatDay(EXAMPLE_DAY, 'locale', preferences.locale),
    }),
  };
  return (
    <Stack spacing={3} sx={{ pt: 1 }}>
      <ChoiceGroup
        label={t('shell.language.language')}
        choices={LOCALES}
        value={preferences.locale}
        onChange={(locale) => changePreferences({ locale })}
        labelOf={(locale) => t('shell.language.locale', { locale })}
        langOf={(locale) => locale}
      />
      <ChoiceGroup
        label={t('shell.language.dateStyle')}
        choices={DATE_STYLES}
        value={preferences.dateStyle}
        onChange={(dateStyle) => changePreferences({ dateStyle })}
        labelOf={(style) => dateStyleLabel[style]}
      />
      <Autocomplete
        options={zones}
        value={preferences.timeZone}
        disableClearable
        autoHighlight
        onChange={(_, timeZone) => changePreferences({ timeZone })}
        noOptionsText={t('shell.language.noTimeZone')}
        renderInput={(params) => <TextField {...params} label={t('shell.language.timeZone')} />}
      />
    </Stack>
  );
}
