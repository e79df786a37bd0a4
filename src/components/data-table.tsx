import { createContext, useContext, useLayoutEffect, useRef, useState } from 'react';
import { useForkRef } from '@mui/material/utils';
import Table, { type TableProps } from '@mui/material/Table';
import MuiTableContainer, { type TableContainerProps } from '@mui/material/TableContainer';
import MuiTableSortLabel, { type TableSortLabelProps } from '@mui/material/TableSortLabel';
import { SORTED_DESCENDING_CLASS } from '@/lib/theme';

// The table's parts, wrapped once here: features import them from this file only.
export { default as TableBody } from '@mui/material/TableBody';
export { default as TableCell } from '@mui/material/TableCell';
export { default as TableHead } from '@mui/material/TableHead';
export { default as TableRow } from '@mui/material/TableRow';

/**
 * MUI's sort label, its arrow turned by one fixed rule: MUI draws the arrow with a class per
 * direction, so the first descending order inserted a new CSS rule inside the click, and a new rule
 * makes the browser restyle the whole page (P4).
 */
export function TableSortLabel({ direction = 'asc', className, ...props }: TableSortLabelProps) {
  const descending = direction === 'desc' ? SORTED_DESCENDING_CLASS : '';
  return (
    <MuiTableSortLabel
      {...props}
      direction="asc"
      className={[className, descending].filter(Boolean).join(' ') || undefined}
    />
  );
}

const InScrollBox = createContext(false);

/**
 * While the table is larger than its box and holds nothing focusable (focusing a row's button
 * scrolls it into view), the box is a tab stop, so a keyboard user can scroll it too (WCAG 2.1.1);
 * otherwise it adds no tab stop. It takes no name of its own: the table
 * inside has one, and the panels around tables already name regions after their topic.
 */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

function useKeyboardScrolling() {
  const box = useRef<HTMLDivElement | null>(null);
  const [needsTabStop, setNeedsTabStop] = useState(false);
  // Before the first paint the box is a tab stop whenever it holds nothing focusable (a box that
  // scrolled before it was a tab stop failed axe's scrollable-region-focusable under load); the
  // observer then says whether it overflows, right after the browser's own layout. Reading sizes
  // here would force the whole page's layout inside React's commit (P2's blocking time).
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const focusableInside = () => element.querySelector(FOCUSABLE) !== null;
    const measure = () => {
      const overflows =
        element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight;
      setNeedsTabStop(overflows && !focusableInside());
    };
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    setNeedsTabStop(!focusableInside());
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const table = element.querySelector('table');
    if (table) observer.observe(table);
    return () => observer.disconnect();
  }, []);
  return { box, tabIndex: needsTabStop ? 0 : undefined };
}

/** The box a table scrolls in, sideways (and down, given a height), never the page. */
export function TableContainer({ ref, ...props }: TableContainerProps) {
  const { box, tabIndex } = useKeyboardScrolling();
  const forkedRef = useForkRef(box, ref);
  return (
    <InScrollBox value={true}>
      <MuiTableContainer
        ref={forkedRef}
        tabIndex={tabIndex}
        {...props}
        // Paper behind the whole table, as behind its sticky first column.
        sx={[{ bgcolor: 'background.paper' }, ...(Array.isArray(props.sx) ? props.sx : [props.sx])]}
      />
    </InScrollBox>
  );
}

const SELECTED =
  'rgba(var(--mui-palette-primary-mainChannel) / var(--mui-palette-action-selectedOpacity))';
const HOVER = 'var(--mui-palette-action-hover)';
const tint = (color: string) => `linear-gradient(${color}, ${color})`;

// The first column stays in view while the rest scrolls sideways. A cell wraps its words, and an
// unbroken one (a pasted note, a long e-mail) within a readable width, instead of stretching the
// table; the table is never squeezed below its words, it scrolls instead.
const TABLE_SX = {
  '& tr > :first-of-type': {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    bgcolor: 'background.paper',
  },
  '& thead tr > :first-of-type': { zIndex: 3 },
  // A sticky header has a background of its own: its kept cells too, or they stand out.
  '& thead tr > .MuiTableCell-stickyHeader': { bgcolor: 'background.default' },
  // The row's selected or hover tint, over the paper that hides what scrolls beneath.
  '& tr.Mui-selected > :first-of-type': { backgroundImage: tint(SELECTED) },
  '& tr.MuiTableRow-hover:hover > :first-of-type': { backgroundImage: tint(HOVER) },
  '& td': { overflowWrap: 'break-word', maxWidth: '24rem' },
} as const;

const STICKY = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper' } as const;

/**
 * The kept column with the row's ID: on a phone a long ID breaks over lines, so the columns that
 * scroll past it keep most of the screen.
 */
const KEPT_ID = {
  ...STICKY,
  '@media (max-width: 599.95px)': {
    width: 160,
    minWidth: 160,
    maxWidth: 160,
    px: 1,
    '& span': { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  },
} as const;

/**
 * UX-2: a table whose leading column is a row's ID keeps it narrow on phones; with a checkbox
 * before it, both stay put (the checkbox cell has MUI's fixed width).
 */
function keptIdSx(keptId: 'first' | 'second') {
  if (keptId === 'first') return { '& tr > :first-of-type': KEPT_ID };
  return {
    '& tr > :first-of-type': { ...STICKY, width: 48, minWidth: 48 },
    '& tr > :nth-of-type(2)': { ...KEPT_ID, left: 48 },
  };
}

/**
 * Every data table in the app: compact rows, an accessible name, and its own scroll box with the
 * first column kept; `keptId` names the column holding the row's ID when it should stay narrow
 * on phones.
 */
export function DataTable({
  size = 'small',
  keptId,
  sx,
  ...props
}: TableProps & { 'aria-label': string; keptId?: 'first' | 'second' } & Required<
    Pick<TableProps, 'children'>
  >) {
  const inScrollBox = useContext(InScrollBox);
  const table = (
    <Table
      size={size}
      sx={[TABLE_SX, keptId ? keptIdSx(keptId) : {}, ...(Array.isArray(sx) ? sx : [sx])]}
      {...props}
    />
  );
  return inScrollBox ? table : <TableContainer>{table}</TableContainer>;
}
