import { useDeferredValue, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { MAX_LOOKUP_LENGTH, MIN_LOOKUP_LENGTH, type LookupResult } from '@/api/contract/lookup';
import { lookupQueries } from '@/api/lookup';
import { useText } from '@/lib/i18n';
import { flatten, LookupResults, optionId } from './lookup-results';
import { LookupStatus } from './lookup-status';

interface LookupComboboxProps {
  /** The dialog is open: the field takes focus each time. */
  open: boolean;
  text: string;
  onTextChange: (text: string) => void;
  onOpenResult: (href: string) => void;
}

/** Which result ↑/↓ chose; a new answer starts again at its first. */
function useActiveOption(data: LookupResult | undefined) {
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState(data);
  if (data !== shown) {
    setShown(data);
    setActive(0);
  }
  return [active, setActive] as const;
}

/** AU-2: the field (an ARIA combobox) and its grouped results (a listbox). */
export function LookupCombobox({ open, text, onTextChange, onOpenResult }: LookupComboboxProps) {
  const t = useText();
  const listboxId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const queryClient = useQueryClient();
  // autoFocus alone misses when the dialog opens again: the dialog's focus trap takes it then.
  // Opened again, the last lookup is asked anew: sign-ins and records may have changed meanwhile.
  useEffect(() => {
    if (!open) return;
    void queryClient.invalidateQueries({ queryKey: lookupQueries.all() });
    const frame = requestAnimationFrame(() => inputRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open, queryClient]);
  const typed = text.trim();
  const tooLong = typed.length > MAX_LOOKUP_LENGTH;
  // Typing never waits for the answer: the query follows the text when React has time.
  const asked = useDeferredValue(typed);
  const enabled = asked.length >= MIN_LOOKUP_LENGTH && asked.length <= MAX_LOOKUP_LENGTH;
  const lookup = useQuery({ ...lookupQueries.find(asked), enabled });
  const data = enabled && typed.length >= MIN_LOOKUP_LENGTH ? lookup.data : undefined;
  const options = flatten(data);
  const [active, setActive] = useActiveOption(data);
  const onKeyDown = (event: KeyboardEvent) => {
    if (options.length === 0) return;
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move !== undefined) {
      event.preventDefault();
      setActive((at) => Math.min(Math.max(at + move, 0), options.length - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[active];
      if (chosen) onOpenResult(chosen.href);
    }
  };
  const busy = enabled && (lookup.isFetching || asked !== typed);
  return (
    <Stack spacing={2}>
      <TextField
        autoFocus
        inputRef={inputRef}
        fullWidth
        type="search"
        label={t('lookup.field')}
        value={text}
        error={tooLong}
        helperText={tooLong ? t('lookup.tooLong', { max: MAX_LOOKUP_LENGTH }) : undefined}
        onChange={(event) => onTextChange(event.target.value)}
        onKeyDown={onKeyDown}
        slotProps={{
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchOutlined />
              </InputAdornment>
            ),
          },
          htmlInput: {
            role: 'combobox',
            'aria-autocomplete': 'list',
            'aria-expanded': options.length > 0,
            'aria-controls': listboxId,
            'aria-activedescendant': options[active] ? optionId(listboxId, active) : undefined,
            autoComplete: 'off',
            spellCheck: false,
          },
        }}
      />
      <LookupStatus
        typed={typed}
        data={data}
        error={enabled && lookup.isError ? lookup.error : null}
        retrying={lookup.isFetching}
        onRetry={() => void lookup.refetch()}
      />
      <LookupResults
        id={listboxId}
        data={data}
        active={active}
        busy={busy}
        onHover={setActive}
        onOpen={onOpenResult}
      />
    </Stack>
  );
}
