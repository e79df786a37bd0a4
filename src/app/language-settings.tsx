import { Suspense, useState } from 'react';
import TranslateOutlined from '@mui/icons-material/TranslateOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Tooltip from '@mui/material/Tooltip';
import { AppDialog } from '@/components/app-dialog';
import { useText } from '@/lib/i18n';
import { preloadable } from '@/lib/preloadable';

// Its Autocomplete and radio groups are not part of the dashboard's first load (P1); pointing at
// the button fetches them, and the dialog opens with them in place, never half drawn.
const fields = preloadable(() =>
  import('./language-settings-fields').then((m) => m.LanguageSettingsFields),
);

/**
 * UX-1: the language, date style and time zone, next to the theme in the top bar. A change applies
 * at once and is saved for the four apps; closing returns focus to this button.
 */
export function LanguageSettings() {
  const t = useText();
  const [open, setOpen] = useState(false);
  const name = t('shell.language.button');
  return (
    <>
      <Tooltip title={name}>
        <IconButton
          color="inherit"
          aria-label={name}
          aria-haspopup="dialog"
          onPointerEnter={() => void fields.preload()}
          onFocus={() => void fields.preload()}
          onClick={() =>
            // Opened once its code is here; a failed fetch is tried again on the next click.
            void fields.preload().then(
              () => setOpen(true),
              () => undefined,
            )
          }
        >
          <TranslateOutlined />
        </IconButton>
      </Tooltip>
      <AppDialog
        open={open}
        maxWidth="xs"
        title={t('shell.language.title')}
        onClose={() => setOpen(false)}
        actions={
          <Button variant="contained" onClick={() => setOpen(false)}>
            {t('shell.language.done')}
          </Button>
        }
      >
        <Suspense fallback={<LinearProgress aria-label={t('shell.language.loading')} />}>
          <fields.Component />
        </Suspense>
      </AppDialog>
    </>
  );
}
