import Button from '@mui/material/Button';
import { AppDialog } from '@/components/app-dialog';
import { useText } from '@/lib/i18n';
import { LanguageSettingsFields } from './language-settings-fields';

/** UX-1: the dialog of language, date style and time zone; a change applies at once. */
export function LanguageSettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useText();
  return (
    <AppDialog
      open={open}
      maxWidth="xs"
      title={t('shell.language.title')}
      onClose={onClose}
      actions={
        <Button variant="contained" onClick={onClose}>
          {t('shell.language.done')}
        </Button>
      }
    >
      <LanguageSettingsFields />
    </AppDialog>
  );
}
