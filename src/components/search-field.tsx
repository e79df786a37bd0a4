import { useState } from 'react';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';

interface SearchFieldProps {
  label: string;
  /** The search in force (usually from the address). */
  value: string;
  /** Called on every keystroke whose text can be searched for. */
  onChange: (value: string) => void;
  /** Why a text cannot be searched for (shown under the field, and never passed on), else null. */
  problem?: (text: string) => string | null;
  width?: number;
}

const noProblem = () => null;

/**
 * A small search box with its icon, as every list in the app uses it. It keeps what is typed even
 * when that cannot be searched for, and follows `value` when it changes from outside (back/forward,
 * "Clear filters").
 */
export function SearchField({
  label,
  value,
  onChange,
  problem = noProblem,
  width = 300,
}: SearchFieldProps) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const error = problem(draft);
  return (
    <TextField
      size="small"
      type="search"
      label={label}
      value={draft}
      error={error !== null}
      helperText={error}
      onChange={(event) => {
        const next = event.target.value;
        setDraft(next);
        if (problem(next) !== null) return;
        setShown(next);
        onChange(next);
      }}
      sx={{ width, maxWidth: '100%' }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchOutlined fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
