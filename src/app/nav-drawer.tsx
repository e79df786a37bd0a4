import { useState } from 'react';
import MenuOutlined from '@mui/icons-material/MenuOutlined';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { Link } from 'wouter';
import { preloadArea } from './app-routes';
import { AREAS, type AreaPath } from './areas';
import { useText } from '@/lib/i18n';

const DRAWER_ID = 'area-drawer';
const TITLE_ID = 'area-drawer-title';

/** The areas behind a menu button, for windows too narrow for the tabs (down to 360 px). */
export function NavDrawer({ current }: { current: AreaPath }) {
  const t = useText();
  const [open, setOpen] = useState(false);
  return (
    <>
      <IconButton
        color="inherit"
        edge="start"
        aria-label={t('shell.menu')}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={open ? DRAWER_ID : undefined}
        onClick={() => setOpen(true)}
      >
        <MenuOutlined />
      </IconButton>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        slotProps={{
          paper: {
            id: DRAWER_ID,
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
                  onClick={() => setOpen(false)}
                >
                  <ListItemText primary={t(area.label)} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </nav>
      </Drawer>
    </>
  );
}
