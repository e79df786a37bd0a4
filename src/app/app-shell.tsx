import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import { Link, useLocation } from 'wouter';
import { preloadArea } from './app-routes';
import { AREAS } from './areas';
import { ColorModeToggle } from './color-mode-toggle';
import { OfflineBanner } from './offline-banner';
import { UserMenu } from './user-menu';

function activeArea(location: string): string {
  const match = [...AREAS]
    .reverse()
    .find((area) => (area.path === '/' ? location === '/' : location.startsWith(area.path)));
  return match?.path ?? '/';
}

export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar
        position="sticky"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
      >
        <Toolbar sx={{ gap: 3 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'primary.main' }}>
            <VerifiedUserOutlined />
            <Typography
              component="span"
              variant="h6"
              sx={{ fontWeight: 700, color: 'text.primary', whiteSpace: 'nowrap' }}
            >
              License Console
            </Typography>
          </Box>
          <Box
            component="nav"
            aria-label="Areas"
            sx={{ flexGrow: 1, alignSelf: 'stretch', minWidth: 0 }}
          >
            <Tabs
              aria-label="Areas"
              value={activeArea(location)}
              sx={{ height: '100%', '& .MuiTabs-flexContainer': { height: '100%' } }}
              variant="scrollable"
              allowScrollButtonsMobile
            >
              {AREAS.map((area) => (
                <Tab
                  key={area.path}
                  value={area.path}
                  label={area.label}
                  component={Link}
                  href={area.path}
                  onPointerEnter={() => preloadArea(area.path)}
                  onFocus={() => preloadArea(area.path)}
                  sx={{ minHeight: 64 }}
                />
              ))}
            </Tabs>
          </Box>
          <UserMenu />
          <ColorModeToggle />
        </Toolbar>
        <OfflineBanner />
      </AppBar>
      {/* Room at the bottom so floating controls (job notice, Simulation) never hide the last row. */}
      <Container component="main" maxWidth="xl" sx={{ pt: 4, pb: 12 }}>
        {children}
      </Container>
    </Box>
  );
}
