import { useState } from 'react';
import TranslateOutlined from '@mui/icons-material/TranslateOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { AppDialog } from '@/components/app-dialog';
import { useText } from '@/lib/i18n';
import { LanguageSettingsFields } from './language-settings-fields';

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
          onClick={() => setOpen(true)}
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
        <LanguageSettingsFields />
      </AppDialog>
    </>
  );
}
