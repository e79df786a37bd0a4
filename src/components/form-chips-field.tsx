import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import Chip from '@mui/material/Chip';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import {
  useController,
  type FieldPath,
  type FieldValues,
  type UseControllerProps,
} from 'react-hook-form';
import { useText } from '@/lib/i18n';

type FormChipsFieldProps<
  TFieldValues extends FieldValues,
  TName extends FieldPath<TFieldValues>,
  TDraftName extends FieldPath<TFieldValues>,
  TTransformedValues,
> = {
  control: UseControllerProps<TFieldValues, TName, TTransformedValues>['control'];
  /** The chips: a `string[]` field. */
  name: TName;
  /** The text being typed: a `string` field, so the form can refuse to save what is not added yet. */
  draftName: TDraftName;
  /** Names the group and its list of chips. */
  label: string;
  /** The text box's accessible name, e.g. "Add a recipient". */
  inputLabel: string;
  helperText?: ReactNode;
  placeholder?: string;
  /** Why a typed entry cannot become a chip, or null when it can; checked on Enter and comma. */
  entryProblem: (text: string, chips: readonly string[]) => string | null;
  /** How an accepted entry is shown and stored (e.g. trimmed, lower-cased). */
  normalize: (text: string) => string;
  /** Messages about single chips (e.g. the cloud's `recipients.2`), by index. */
  chipErrors?: readonly (string | undefined)[];
  inputMode?: 'text' | 'email' | 'numeric';
  readOnly?: boolean;
};

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * A list of chips bound to react-hook-form: type an entry, Enter or comma adds it as a chip when
 * `entryProblem` allows, each chip has a Remove button. Messages show inline with aria-invalid.
 */
export function FormChipsField<
  TFieldValues extends FieldValues,
  TName extends FieldPath<TFieldValues>,
  TDraftName extends FieldPath<TFieldValues>,
  TTransformedValues = TFieldValues,
>({
  control,
  name,
  draftName,
  label,
  inputLabel,
  helperText,
  placeholder,
  entryProblem,
  normalize,
  chipErrors = [],
  inputMode = 'text',
  readOnly = false,
}: FormChipsFieldProps<TFieldValues, TName, TDraftName, TTransformedValues>) {
  const t = useText();
  const labelId = useId();
  const chipsField = useController({ control, name });
  const draftField = useController({ control, name: draftName });
  // A message about the typed text shows once the user tried to add it or left the box, not
  // while the first characters of a valid entry are still being typed.
  const [tried, setTried] = useState(false);
  const chips = stringsOf(chipsField.field.value);
  const draft = typeof draftField.field.value === 'string' ? draftField.field.value : '';

  const add = () => {
    // Enter on an empty box is nothing typed yet; spaces alone get the entry's message.
    if (draft === '') return;
    setTried(true);
    if (entryProblem(draft, chips) !== null) return;
    chipsField.field.onChange([...chips, normalize(draft)]);
    draftField.field.onChange('');
    setTried(false);
  };
  const remove = (index: number) => {
    chipsField.field.onChange(chips.filter((_, i) => i !== index));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      // Enter would submit the form; a comma separates entries and is never part of one.
      event.preventDefault();
      if (!readOnly) add();
    }
  };

  // Checked here, not read from the resolver, whose answer may still be about an earlier keystroke.
  const typedProblem =
    (draft.trim() !== '' && draftField.fieldState.isTouched) || (draft !== '' && tried)
      ? entryProblem(draft, chips)
      : null;
  const serverDraftError =
    draftField.fieldState.error?.type === 'server'
      ? draftField.fieldState.error.message
      : undefined;
  const draftError = typedProblem ?? serverDraftError;
  const listError = chipsField.fieldState.error?.message;
  const chipMessages = chipErrors.filter((message): message is string => message !== undefined);
  const message = draftError ?? listError ?? chipMessages[0];
  const invalid = message !== undefined;

  return (
    <Stack role="group" aria-labelledby={labelId} spacing={1}>
      <FormLabel id={labelId} error={invalid} sx={{ fontWeight: 500 }}>
        {label}
      </FormLabel>
      {chips.length > 0 && (
        <Stack
          component="ul"
          aria-label={label}
          direction="row"
          sx={{ flexWrap: 'wrap', gap: 1, listStyle: 'none', m: 0, p: 0 }}
        >
          {chips.map((chip, index) => (
            <li key={chip}>
              <Chip
                color={chipErrors[index] === undefined ? 'default' : 'error'}
                variant={chipErrors[index] === undefined ? 'filled' : 'outlined'}
                label={
                  <Stack direction="row" spacing={0.25} sx={{ alignItems: 'center' }}>
                    <span>{chip}</span>
                    <IconButton
                      size="small"
                      aria-label={t('common.removeChip', { chip })}
                      disabled={readOnly}
                      onClick={() => remove(index)}
                      sx={{ mr: -1, p: 0.25 }}
                    >
                      <CloseOutlined fontSize="inherit" />
                    </IconButton>
                  </Stack>
                }
              />
            </li>
          ))}
        </Stack>
      )}
      <TextField
        name={draftField.field.name}
        value={draft}
        inputRef={draftField.field.ref}
        onChange={(event) => {
          setTried(false);
          draftField.field.onChange(event.target.value);
        }}
        onBlur={draftField.field.onBlur}
        onKeyDown={onKeyDown}
        label={inputLabel}
        placeholder={placeholder}
        error={invalid}
        helperText={chipMessages.length > 1 ? chipMessages.join(' ') : (message ?? helperText)}
        size="small"
        sx={{ maxWidth: 420 }}
        slotProps={{
          htmlInput: { readOnly, inputMode, autoComplete: 'off', spellCheck: false },
        }}
      />
    </Stack>
  );
}
