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

export function LanguageSettingsFields() {
  const t = useText();
  const { preferences, changePreferences } = useLanguage();
  const zones = useTimeZones(preferences.timeZone);
  const languageId = useId();
  const dateStyleId = useId();
  const dateStyleLabel = {
    iso: t('shell.language.dateStyleIso', { example: EXAMPLE_DAY }),
    locale: t('shell.language.dateStyleLocale', {
      example: formatDay(EXAMPLE_DAY, 'locale', preferences.locale),
    }),
  };
  return (
    <Stack spacing={3} sx={{ pt: 1 }}>
      <FormControl>
        <FormLabel id={languageId}>{t('shell.language.language')}</FormLabel>
        <RadioGroup
          aria-labelledby={languageId}
          value={preferences.locale}
          onChange={(event) => {
            const locale = event.target.value;
            if (isOneOf(LOCALES, locale)) changePreferences({ locale });
          }}
        >
          {LOCALES.map((locale) => (
            <FormControlLabel
              key={locale}
              value={locale}
              control={<Radio />}
              label={t('shell.language.locale', { locale })}
              lang={locale}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <FormControl>
        <FormLabel id={dateStyleId}>{t('shell.language.dateStyle')}</FormLabel>
        <RadioGroup
          aria-labelledby={dateStyleId}
          value={preferences.dateStyle}
          onChange={(event) => {
            const dateStyle = event.target.value;
            if (isOneOf(DATE_STYLES, dateStyle)) changePreferences({ dateStyle });
          }}
        >
          {DATE_STYLES.map((style) => (
            <FormControlLabel
              key={style}
              value={style}
              control={<Radio />}
              label={dateStyleLabel[style]}
            />
          ))}
        </RadioGroup>
      </FormControl>
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
