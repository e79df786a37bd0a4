import { memo } from 'react';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link } from 'wouter';
import { preloadArea } from './app-routes';
import { AREAS, type AreaPath } from './areas';
import { useText } from '@/lib/i18n';

/**
 * The areas as tabs in the top bar, where the window is wide enough for all five. Drawn again only
 * when the area changes: MUI's Tabs measure their indicator after every render, which makes the
 * browser lay out the whole page inside the navigation's task.
 */
export const AreaTabs = memo(function AreaTabs({ current }: { current: AreaPath }) {
  const t = useText();
  return (
    <Tabs
      aria-label={t('shell.areas')}
      value={current}
      sx={{ height: '100%', '& .MuiTabs-flexContainer': { height: '100%' } }}
    >
      {AREAS.map((area) => (
        <Tab
          key={area.path}
          value={area.path}
          label={t(area.label)}
          component={Link}
          href={area.path}
          onPointerEnter={() => preloadArea(area.path)}
          onFocus={() => preloadArea(area.path)}
          sx={{ minHeight: 64, minWidth: 0, px: 1.5 }}
        />
      ))}
    </Tabs>
  );
});
