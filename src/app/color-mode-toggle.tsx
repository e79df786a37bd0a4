import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlined from '@mui/icons-material/SettingsBrightnessOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useColorScheme } from '@mui/material/styles';

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const;
const LABEL = {
  system: 'Theme: follows the system',
  light: 'Theme: light',
  dark: 'Theme: dark',
} as const;

/** Cycles system → light → dark; the choice is remembered by MUI in localStorage. */
export function ColorModeToggle() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  const Icon =
    current === 'dark'
      ? DarkModeOutlined
      : current === 'light'
        ? LightModeOutlined
        : SettingsBrightnessOutlined;
  return (
    <Tooltip title={`${LABEL[current]} (click to change)`}>
      <IconButton
        color="inherit"
        aria-label={LABEL[current]}
        onClick={() => setMode(NEXT[current])}
      >
        <Icon />
      </IconButton>
    </Tooltip>
  );
}
