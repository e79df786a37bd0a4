import type { Ref } from 'react';
import Checkbox from '@mui/material/Checkbox';
import SvgIcon from '@mui/material/SvgIcon';
import { amber, grey } from '@mui/material/colors';

/** Yellow disc, dark outline and mark: the mark stays visible on light and dark paper. */
function YellowMark({ dash = false }: { dash?: boolean }) {
  return (
    <SvgIcon>
      <circle cx="12" cy="12" r="9.5" fill={amber[400]} stroke={grey[900]} strokeWidth="1.5" />
      <path
        d={dash ? 'M7.5 12h9' : 'M7.5 12.4l3 3 6-6.4'}
        fill="none"
        stroke={grey[900]}
        strokeWidth="2.2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </SvgIcon>
  );
}

/** Not selected: an empty blue ring, with nothing inside that could read as a check. */
function EmptyMark() {
  return (
    <SvgIcon>
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
    </SvgIcon>
  );
}

interface SelectionMarkProps {
  /** The accessible name, e.g. "Select 2133c667-… for Main Hall". */
  label: string;
  checked: boolean;
  indeterminate?: boolean;
  disabled?: boolean;
  /** The id of text that says why it cannot be chosen, or what to know. */
  describedBy?: string;
  inputRef?: Ref<HTMLInputElement>;
  onChange: () => void;
}

/**
 * SS-32: blue when not selected (an empty ring) and yellow with a check when selected. A real
 * checkbox underneath, so the state is also its checked (or mixed) state and the shape changes,
 * never color alone.
 */
export function SelectionMark({
  label,
  checked,
  indeterminate = false,
  disabled = false,
  describedBy,
  inputRef,
  onChange,
}: SelectionMarkProps) {
  return (
    <Checkbox
      checked={checked}
      indeterminate={indeterminate}
      disabled={disabled}
      onChange={onChange}
      icon={<EmptyMark />}
      checkedIcon={<YellowMark />}
      indeterminateIcon={<YellowMark dash />}
      slotProps={{ input: { ref: inputRef, 'aria-label': label, 'aria-describedby': describedBy } }}
      sx={{
        color: 'primary.main',
        '&.Mui-disabled': { color: 'action.disabled' },
        '&.Mui-disabled.Mui-checked': { opacity: 0.6 },
      }}
    />
  );
}
