import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { Link } from 'wouter';
import { preloadArea } from './app-routes';
import { AREAS, type AreaPath } from './areas';
import { useText } from '@/lib/i18n';

const TITLE_ID = 'area-drawer-title';

interface NavDrawerPanelProps {
  id: string;
  current: AreaPath;
  open: boolean;
  onClose: () => void;
}

/** The drawer's list of areas, the current one marked. */
export function NavDrawerPanel({ id, current, open, onClose }: NavDrawerPanelProps) {
  const t = useText();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      slotProps={{
        paper: {
          id,
          'aria-labelledby': TITLE_ID,
          sx: { width: 280, maxWidth: '85vw' },
        },
      }}
    >
      <Typography
        id={TITLE_ID}
        component="p"
        variant="h6"
        sx={{ px: 2, pt: 2, pb: 1, fontWeight: 700 }}
      >
        {t('shell.title')}
      </Typography>
      <nav aria-label={t('shell.areas')}>
        <List>
          {AREAS.map((area) => (
            <ListItem key={area.path} disablePadding>
              <ListItemButton
                component={Link}
                href={area.path}
                selected={area.path === current}
                aria-current={area.path === current ? 'page' : undefined}
                onFocus={() => preloadArea(area.path)}
                onClick={onClose}
              >
                <ListItemText primary={t(area.label)} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </nav>
    </Drawer>
  );
}
