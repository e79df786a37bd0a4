import { Suspense, useState } from 'react';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useText } from '@/lib/i18n';
import { preloadable } from '@/lib/preloadable';
import { IS_MAC, LOOKUP_KEYS, useLookupShortcut } from './use-lookup-shortcut';

// The dialog loads on first use, so the lookup costs each app's first load only this button.
const lookupDialog = preloadable(() => import('./lookup-dialog').then((m) => m.LookupDialog));

/**
 * AU-2: the top bar's lookup button, and Ctrl+K / ⌘K in every app. `compact`: an icon button
 * named for screen readers, its shortcut in the tooltip, where the bar has no room for words.
 */
export function LookupLauncher({ compact = false }: { compact?: boolean }) {
  const t = useText();
  const [open, setOpen] = useState(false);
  // Mounted from the first use on, so closing plays out and focus goes back where it was.
  const [used, setUsed] = useState(false);
  const show = () => {
    setUsed(true);
    setOpen(true);
  };
  useLookupShortcut(show);
  const shortcut = t('lookup.shortcut', { mac: IS_MAC });
  const common = {
    onClick: show,
    onPointerEnter: () => void lookupDialog.preload(),
    'aria-keyshortcuts': LOOKUP_KEYS,
  };
  return (
    <>
      {compact ? (
        <Tooltip title={`${t('lookup.openLabel')} (${shortcut})`}>
          <IconButton {...common} aria-label={t('lookup.openLabel')}>
            <SearchOutlined />
          </IconButton>
        </Tooltip>
      ) : (
        <Button
          {...common}
          color="inherit"
          variant="outlined"
          startIcon={<SearchOutlined />}
          aria-label={t('lookup.openLabel')}
          sx={{ borderColor: 'divider', color: 'text.secondary', flexShrink: 0 }}
        >
          {t('lookup.open')}
          <Box
            component="kbd"
            sx={{
              ml: 1.5,
              px: 0.75,
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              font: 'inherit',
              fontSize: '0.75rem',
            }}
          >
            {shortcut}
          </Box>
        </Button>
      )}
      {used && (
        <Suspense fallback={null}>
          <lookupDialog.Component open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
