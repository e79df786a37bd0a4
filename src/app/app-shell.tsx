import type { ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import VerifiedUserOutlined from '@mui/icons-material/VerifiedUserOutlined';
import type { Theme } from '@mui/material/styles';
import { useLocation } from 'wouter';
import { LookupLauncher } from '@/features/lookup/lookup-launcher';
import { AppIdentity } from './app-identities';
import { AreaTabs } from './area-tabs';
import { activeArea, LOOKUP_WORDS_FROM_PX, NAV_DRAWER_BELOW_PX } from './areas';
import { ColorModeToggle } from './color-mode-toggle';
import { LanguageSettings } from './language-settings';
import { NavDrawer } from './nav-drawer';
import { OfflineBanner } from './offline-banner';
import { useText } from '@/lib/i18n';

interface AppShellProps {
  children: ReactNode;
  /** The simulated cloud's controls, in the top bar so they never cover the page. */
  simulation?: ReactNode;
}

/** The top bar (areas, who is signed in, simulation, language, theme) and the page under it, 360 px and up. */
export function AppShell({ children, simulation }: AppShellProps) {
  const t = useText();
  const [location] = useLocation();
  const area = activeArea(location);
  const narrow = useMediaQuery(`(max-width: ${NAV_DRAWER_BELOW_PX - 0.05}px)`);
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('md'));
  // The lookup's words fit beside the area tabs only on a wide screen; below, its icon does.
  const roomForWords = useMediaQuery(`(min-width: ${LOOKUP_WORDS_FROM_PX}px)`);
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar
        position="sticky"
        color="default"
        elevation={0}
        sx={{ borderBottom: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
      >
        <Toolbar sx={{ gap: { xs: 0.5, sm: 2 }, px: { xs: 1, sm: 2 } }}>
          {narrow && <NavDrawer current={area} />}
          <Box
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 1,
              color: 'primary.main',
              minWidth: 0,
              // Beside the tabs the name stays whole; the identity gives way instead (below).
              flexShrink: narrow ? 1 : 0,
            }}
          >
            <VerifiedUserOutlined sx={{ display: { xs: 'none', sm: 'block' } }} />
            <Typography
              component="span"
              variant="h6"
              noWrap
              sx={{ fontWeight: 700, color: 'text.primary' }}
            >
              {t('shell.title')}
            </Typography>
          </Box>
          {!narrow && (
            <Box
              component="nav"
              aria-label={t('shell.areas')}
              sx={{ alignSelf: 'stretch', flexShrink: 0 }}
            >
              <AreaTabs current={area} />
            </Box>
          )}
          {/* The rest of the bar, its controls at the right end: who is signed in arrives after the
              first paint and takes room leftwards without moving anything already shown (CLS 0). */}
          <Box
            sx={{
              display: 'flex',
              flexGrow: 1,
              flexShrink: narrow ? 0 : 1,
              minWidth: 0,
              justifyContent: 'flex-end',
              alignItems: 'center',
              gap: 0.5,
            }}
          >
            {/* At the start of the group, so who is signed in, arriving later and taking room
                leftwards, never moves it (CLS 0, R16). */}
            <Box sx={{ mr: 'auto', flexShrink: 0 }}>
              <LookupLauncher compact={phone || (!narrow && !roomForWords)} />
            </Box>
            {/* Room kept for who is signed in, so its arrival moves nothing in the bar (CLS 0). */}
            {/* An icon on phones, a name up to 220 px wide from sm up; beside the tabs it is the
                one to narrow (its name ends in an ellipsis) when the bar is short of room. */}
            <Box
              sx={{
                display: 'flex',
                justifyContent: 'flex-end',
                ...(narrow
                  ? { minWidth: { xs: 40, sm: 220 }, maxWidth: { sm: 220 } }
                  : { flex: '0 1 220px', minWidth: 0 }),
              }}
            >
              <AppIdentity area={area} />
            </Box>
            {simulation}
            <LanguageSettings />
            <ColorModeToggle />
          </Box>
        </Toolbar>
        <OfflineBanner />
      </AppBar>
      {/* Room at the bottom so a floating notice (a running activation) never hides the last row. */}
      <Container
        component="main"
        maxWidth="xl"
        sx={{ pt: { xs: 2, sm: 4 }, pb: 12, px: { xs: 2, sm: 3 } }}
      >
        {children}
      </Container>
    </Box>
  );
}
