import { Suspense, useState } from 'react';
import TranslateOutlined from '@mui/icons-material/TranslateOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useText } from '@/lib/i18n';
import { preloadable, useOpenOnceLoaded } from '@/lib/preloadable';

// The dialog, its Autocomplete and radio groups are not part of the dashboard's first load (P1).
const dialog = preloadable(() =>
  import('./language-settings-dialog').then((m) => m.LanguageSettingsDialog),
);

/**
 * UX-1: the language, date style and time zone, next to the theme in the top bar. A change applies
 * at once and is saved for the four apps; closing returns focus to this button.
 */
export function LanguageSettings() {
  const t = useText();
  const [open, setOpen] = useState(false);
  const settings = useOpenOnceLoaded(dialog.preload);
  const name = t('shell.language.button');
  return (
    <>
      <Tooltip title={name}>
        <IconButton
          color="inherit"
          aria-label={name}
          aria-haspopup="dialog"
          {...settings.triggerProps}
          onClick={() => settings.open(() => setOpen(true))}
        >
          <TranslateOutlined />
        </IconButton>
      </Tooltip>
      {settings.mounted && (
        <Suspense fallback={null}>
          <dialog.Component open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
