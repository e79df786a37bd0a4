import { createTheme, type Theme, type ThemeOptions } from '@mui/material/styles';
import type { Locale } from '@/lib/i18n';
import { linearProgressMotion } from './linear-progress-motion';
import { loadOnce } from './load-once';

export const MONOSPACE =
  '"JetBrains Mono", "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace';

const FOCUS_RING = {
  outline: '2px solid var(--mui-palette-primary-main)',
  outlineOffset: 2,
} as const;
const INSET_FOCUS_RING = { ...FOCUS_RING, outlineOffset: -2 } as const;

/** On a sort label whose arrow points down (data-table.tsx's TableSortLabel). */
export const SORTED_DESCENDING_CLASS = 'sorted-descending';

const options: ThemeOptions = {
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        // Status colors chosen for WCAG AA text contrast on chips (axe runs in the e2e suite).
        contrastThreshold: 4.5,
        primary: { main: '#0b5cad' },
        secondary: { main: '#5b3fd1' },
        success: { main: '#2e7d32' },
        warning: { main: '#b45309' },
        error: { main: '#c62828' },
        background: { default: '#f4f6f9', paper: '#ffffff' },
      },
    },
    dark: {
      palette: {
        contrastThreshold: 4.5,
        // Dark text sits on these; the hover shade ('dark') goes lighter, not darker, to keep AA.
        primary: { main: '#6ab0ff', dark: '#8cc2ff' },
        secondary: { main: '#a995ff', dark: '#c0b1ff' },
        success: { main: '#81c784', dark: '#a5d6a7' },
        warning: { main: '#ffb74d', dark: '#ffcc80' },
        error: { main: '#f28b82', dark: '#f6aea7' },
        background: { default: '#0e1217', paper: '#161b22' },
      },
    },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: 'Inter, "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", Arial, sans-serif',
    h1: { fontSize: '1.75rem', fontWeight: 600 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
    h3: { fontSize: '1.05rem', fontWeight: 600 },
  },
  components: {
    // WCAG 2.4.7: one focus ring for every interactive element, shown for the keyboard only.
    MuiCssBaseline: {
      styleOverrides: {
        ':focus-visible': FOCUS_RING,
        // Where scrollbars take room (Windows, most Linux desktops), the page keeps a scrollbar's
        // width from the start: content arriving and making the page taller moves nothing
        // sideways (CLS 0), and MUI's scroll lock hides that scrollbar behind padding on <html>.
        html: { overflowY: 'scroll' },
      },
    },
    MuiButtonBase: {
      styleOverrides: { root: { '&.Mui-focusVisible, &:focus-visible': FOCUS_RING } },
    },
    // Full-width items sit in boxes that clip: their ring goes inside.
    MuiTab: { styleOverrides: { root: { '&.Mui-focusVisible': INSET_FOCUS_RING } } },
    MuiMenuItem: { styleOverrides: { root: { '&.Mui-focusVisible': INSET_FOCUS_RING } } },
    MuiListItemButton: { styleOverrides: { root: { '&.Mui-focusVisible': INSET_FOCUS_RING } } },
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiPaper: { defaultProps: { elevation: 0 } },
    MuiLinearProgress: linearProgressMotion,
    MuiTableCell: { styleOverrides: { head: { fontWeight: 600, whiteSpace: 'nowrap' } } },
    // The one rule for a descending arrow (data-table.tsx says why).
    MuiTableSortLabel: {
      styleOverrides: {
        root: {
          [`&.${SORTED_DESCENDING_CLASS} .MuiTableSortLabel-icon`]: { transform: 'rotate(0deg)' },
        },
      },
    },
    MuiTooltip: { defaultProps: { arrow: true } },
  },
};

/** The one theme: light and dark schemes, following the system until the user picks one. */
export const theme = createTheme(options);

const themes: Partial<Record<Locale, Theme>> = { en: theme };

/** The theme with MUI's own words (pagination, "Close") in the language, when it is here already. */
export function themeFor(locale: Locale): Theme | undefined {
  return themes[locale];
}

/**
 * The theme for a language, fetched once: MUI's German words load when German is chosen, since
 * even importing them sets up a German number format, some 50 ms of a phone's first load (P2).
 */
export function loadThemeFor(locale: Locale): Promise<Theme> {
  const ready = themes[locale];
  return ready ? Promise.resolve(ready) : loadGermanTheme();
}

const loadGermanTheme = loadOnce(() =>
  import('@mui/material/locale').then(({ deDE }) => {
    const german = createTheme(options, deDE);
    themes.de = german;
    return german;
  }),
);
