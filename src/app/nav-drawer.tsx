import { Suspense, useState } from 'react';
import MenuOutlined from '@mui/icons-material/MenuOutlined';
import IconButton from '@mui/material/IconButton';
import type { AreaPath } from './areas';
import { useText } from '@/lib/i18n';
import { preloadable, useOpenOnceLoaded } from '@/lib/preloadable';

const DRAWER_ID = 'area-drawer';

// The drawer is not part of the first load (P1).
const panel = preloadable(() => import('./nav-drawer-panel').then((m) => m.NavDrawerPanel));

/** The areas behind a menu button, for windows too narrow for the tabs (down to 360 px). */
export function NavDrawer({ current }: { current: AreaPath }) {
  const t = useText();
  const [open, setOpen] = useState(false);
  const drawer = useOpenOnceLoaded(panel.preload);
  return (
    <>
      <IconButton
        color="inherit"
        edge="start"
        aria-label={t('shell.menu')}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={open ? DRAWER_ID : undefined}
        {...drawer.triggerProps}
        onClick={() => drawer.open(() => setOpen(true))}
      >
        <MenuOutlined />
      </IconButton>
      {drawer.mounted && (
        <Suspense fallback={null}>
          <panel.Component
            id={DRAWER_ID}
            current={current}
            open={open}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
