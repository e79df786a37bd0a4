import DarkModeOutlined from '@mui/icons-material/DarkModeOutlined';
import LightModeOutlined from '@mui/icons-material/LightModeOutlined';
import SettingsBrightnessOutlined from '@mui/icons-material/SettingsBrightnessOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useColorScheme } from '@mui/material/styles';
import { useText } from '@/lib/i18n';

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const;

/** Cycles system → light → dark; the choice is remembered by MUI in localStorage. */
export function ColorModeToggle() {
  const t = useText();
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  const Icon =
    current === 'dark'
      ? DarkModeOutlined
      : current === 'light'
        ? LightModeOutlined
        : SettingsBrightnessOutlined;
  return (
    <Tooltip title={t('shell.theme.tooltip', { mode: current })}>
      <IconButton
        color="inherit"
        aria-label={t('shell.theme.label', { mode: current })}
        onClick={() => setMode(NEXT[current])}
      >
        <Icon />
      </IconButton>
    </Tooltip>
  );
}
