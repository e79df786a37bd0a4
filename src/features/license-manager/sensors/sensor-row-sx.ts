import { keyframes } from '@mui/material/styles';
import { SENSOR_ROW_HEIGHT } from './sensor-columns';

/**
 * The rows' classes, styled once on the table body (SENSOR_BODY_SX) instead of per element: a row
 * that scrolls in, or arrives with a new order or search, mounts plain elements instead of ~25 MUI
 * components (P4, P8). The rules copy what MUI's TableRow, TableCell, Checkbox, Link, IconButton,
 * Switch and Skeleton draw, so the rows look as they did.
 */
export const ROW = {
  row: 'sensor-row',
  placeholder: 'sensor-placeholder',
  selected: 'sensor-row-selected',
  center: 'sensor-center',
  sensorCell: 'sensor-cell',
  sensorText: 'sensor-text',
  body: 'sensor-body',
  secondary: 'sensor-secondary',
  key: 'sensor-key',
  muted: 'sensor-muted',
  warning: 'sensor-warning',
  error: 'sensor-error',
  check: 'sensor-check',
  open: 'sensor-open',
  add: 'sensor-add',
  unavailable: 'sensor-unavailable',
  switch: 'sensor-switch',
  switchBase: 'sensor-switch-base',
  thumb: 'sensor-switch-thumb',
  track: 'sensor-switch-track',
  on: 'sensor-on',
  skeleton: 'sensor-skeleton',
  short: 'sensor-skeleton-short',
} as const;

const NO_WRAP = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
const EASE = 'cubic-bezier(0.4, 0, 0.2, 1)';
const FOCUS_RING = { outline: '2px solid var(--mui-palette-primary-main)', outlineOffset: 2 };
const SELECTED =
  'rgba(var(--mui-palette-primary-mainChannel) / calc(var(--mui-palette-action-selectedOpacity)))';
const HOVER = 'var(--mui-palette-action-hover)';
const tint = (color: string) => `linear-gradient(${color}, ${color})`;
const HOVER_OVER_ACTIVE =
  'rgba(var(--mui-palette-action-activeChannel) / calc(var(--mui-palette-action-hoverOpacity)))';

/** What MUI's ButtonBase resets on every button-like element. */
const BUTTON_BASE = {
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  position: 'relative',
  boxSizing: 'border-box',
  WebkitTapHighlightColor: 'transparent',
  backgroundColor: 'transparent',
  outline: 0,
  border: 0,
  margin: 0,
  cursor: 'pointer',
  userSelect: 'none',
  verticalAlign: 'middle',
  appearance: 'none',
  textDecoration: 'none',
} as const;

/** The native box or switch lies invisible over its drawing and takes the clicks and focus. */
const HIDDEN_INPUT = {
  cursor: 'inherit',
  position: 'absolute',
  opacity: 0,
  width: '100%',
  height: '100%',
  top: 0,
  left: 0,
  margin: 0,
  padding: 0,
  zIndex: 1,
} as const;

const ICON = {
  userSelect: 'none',
  width: '1em',
  height: '1em',
  display: 'inline-block',
  flexShrink: 0,
  transition: `fill 300ms ${EASE}`,
  fill: 'currentColor',
} as const;

const pulse = keyframes`
  0% { opacity: 1; }
  50% { opacity: 0.4; }
  100% { opacity: 1; }
`;

export const SENSOR_BODY_SX = {
  [`& .${ROW.row}, & .${ROW.placeholder}`]: {
    color: 'inherit',
    display: 'table-row',
    verticalAlign: 'middle',
    outline: 0,
  },
  // The tint also over the first cell, whose paper hides what scrolls beneath (data-table.tsx).
  [`& .${ROW.row}`]: {
    [`&.${ROW.selected}`]: {
      backgroundColor: SELECTED,
      '& > :first-of-type': { backgroundImage: tint(SELECTED) },
      '&:hover': {
        backgroundColor:
          'rgba(var(--mui-palette-primary-mainChannel) / calc(var(--mui-palette-action-selectedOpacity) + var(--mui-palette-action-hoverOpacity)))',
      },
    },
    '&:hover': {
      backgroundColor: HOVER,
      '& > :first-of-type': { backgroundImage: tint(HOVER) },
    },
  },
  '& td': {
    typography: 'body2',
    display: 'table-cell',
    verticalAlign: 'inherit',
    borderBottom: '1px solid var(--mui-palette-TableCell-border)',
    textAlign: 'left',
    color: 'text.primary',
    px: 2,
    py: 0.5,
    height: SENSOR_ROW_HEIGHT,
    overflow: 'hidden',
  },
  [`& td.${ROW.center}`]: { textAlign: 'center' },
  [`& .${ROW.sensorCell}`]: { display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 },
  [`& .${ROW.sensorText}`]: { minWidth: 0 },
  [`& .${ROW.body}`]: { typography: 'body2' },
  [`& .${ROW.key}`]: { typography: 'body2', fontFamily: 'monospace', ...NO_WRAP },
  [`& .${ROW.secondary}`]: { typography: 'caption', color: 'text.secondary', ...NO_WRAP },
  [`& .${ROW.muted}`]: { color: 'text.secondary' },
  [`& .${ROW.warning}`]: { color: 'warning.main' },
  [`& .${ROW.error}`]: { color: 'error.main' },
  // MUI's small Checkbox without ripple, as the rows drew it.
  [`& .${ROW.check}`]: {
    ...BUTTON_BASE,
    margin: 0,
    ml: -0.5,
    p: 0.5,
    borderRadius: '50%',
    color: 'text.secondary',
    [`&.${ROW.on}`]: { color: 'primary.main' },
    '&:has(> input:disabled)': { color: 'action.disabled', cursor: 'default' },
    '&:has(> input:focus-visible)': FOCUS_RING,
    '& > input': HIDDEN_INPUT,
    '& > svg': { ...ICON, fontSize: '1.25rem' },
  },
  // MUI's Link as a button, underlined on hover.
  [`& .${ROW.open}`]: {
    fontSize: '0.875rem',
    lineHeight: 1.43,
    color: 'primary.main',
    textDecoration: 'none',
    position: 'relative',
    WebkitTapHighlightColor: 'transparent',
    backgroundColor: 'transparent',
    outline: 0,
    border: 0,
    margin: 0,
    borderRadius: 0,
    padding: 0,
    cursor: 'pointer',
    userSelect: 'none',
    verticalAlign: 'middle',
    appearance: 'none',
    fontWeight: 500,
    fontFamily: 'monospace',
    '&:hover': { textDecoration: 'underline' },
    '&:focus-visible': { outline: 'auto' },
  },
  // MUI's IconButton.
  [`& .${ROW.add}`]: {
    ...BUTTON_BASE,
    textAlign: 'center',
    flex: '0 0 auto',
    fontSize: '1.5rem',
    padding: 1,
    borderRadius: '50%',
    transition: `background-color 150ms ${EASE}`,
    color: 'primary.main',
    '&:hover': { backgroundColor: HOVER_OVER_ACTIVE },
    '@media (hover: none)': { '&:hover': { backgroundColor: 'transparent' } },
    '&:focus-visible': FOCUS_RING,
    [`&.${ROW.unavailable}`]: { color: 'action.disabled', cursor: 'not-allowed' },
    '& > svg': { ...ICON, fontSize: '1.5rem' },
  },
  // MUI's Switch: a track, and over it a round base that carries the thumb and the input.
  [`& .${ROW.switch}`]: {
    display: 'inline-flex',
    width: 58,
    height: 38,
    overflow: 'hidden',
    padding: 1.5,
    boxSizing: 'border-box',
    position: 'relative',
    flexShrink: 0,
    zIndex: 0,
    verticalAlign: 'middle',
  },
  [`& .${ROW.switchBase}`]: {
    ...BUTTON_BASE,
    position: 'absolute',
    top: 0,
    left: 0,
    zIndex: 1,
    padding: '9px',
    borderRadius: '50%',
    color: 'var(--mui-palette-Switch-defaultColor)',
    transition: `left 150ms ${EASE}, transform 150ms ${EASE}`,
    '&:hover': { backgroundColor: HOVER_OVER_ACTIVE },
    '@media (hover: none)': { '&:hover': { backgroundColor: 'transparent' } },
    '&:has(> input:focus-visible)': FOCUS_RING,
    '& > input': { ...HIDDEN_INPUT, left: '-100%', width: '300%' },
    [`&.${ROW.on}`]: {
      transform: 'translateX(20px)',
      color: 'primary.main',
      '&:hover': {
        backgroundColor:
          'rgba(var(--mui-palette-primary-mainChannel) / calc(var(--mui-palette-action-hoverOpacity)))',
      },
    },
    [`&.${ROW.on} + .${ROW.track}`]: { opacity: 0.5, backgroundColor: 'primary.main' },
  },
  [`& .${ROW.thumb}`]: {
    boxShadow: 'var(--mui-shadows-1)',
    backgroundColor: 'currentColor',
    boxSizing: 'border-box',
    border: '1px solid transparent',
    width: 20,
    height: 20,
    borderRadius: '50%',
  },
  [`& .${ROW.track}`]: {
    height: '100%',
    width: '100%',
    borderRadius: '7px',
    zIndex: -1,
    transition: `opacity 150ms ${EASE}, background-color 150ms ${EASE}`,
    backgroundColor: 'var(--mui-palette-common-onBackground)',
    opacity: 'var(--mui-opacity-switchTrack)',
    '@media (forced-colors: active)': { boxSizing: 'border-box', border: '1px solid ButtonBorder' },
  },
  // MUI's text Skeleton, pulsing.
  [`& .${ROW.skeleton}`]: {
    display: 'block',
    width: '70%',
    backgroundColor: 'var(--mui-palette-Skeleton-bg)',
    height: 'auto',
    marginTop: 0,
    marginBottom: 0,
    transformOrigin: '0 55%',
    transform: 'scale(1, 0.60)',
    borderRadius: '8px/13.3px',
    animation: `${pulse} 2s ease-in-out 0.5s infinite`,
    '&:empty:before': { content: '"\\00a0"' },
    [`&.${ROW.short}`]: { width: '40%' },
  },
} as const;
