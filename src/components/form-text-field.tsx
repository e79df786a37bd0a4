import type { KeyboardEvent, ReactNode } from 'react';
import TextField from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';
import {
  useController,
  type FieldPath,
  type FieldValues,
  type UseControllerProps,
} from 'react-hook-form';

type FormTextFieldProps<
  TFieldValues extends FieldValues,
  TName extends FieldPath<TFieldValues>,
  TTransformedValues,
> = UseControllerProps<TFieldValues, TName, TTransformedValues> & {
  /** The field's accessible name; shown as its label unless `hideLabel` (e.g. in a table cell). */
  label: string;
  hideLabel?: boolean;
  /** Shown under the field while it has no error; an error message takes its place. */
  helperText?: ReactNode;
  placeholder?: string;
  /** Keeps the value visible and focusable, e.g. while it is being saved. */
  readOnly?: boolean;
  size?: 'small' | 'medium';
  fullWidth?: boolean;
  autoComplete?: string;
  autoFocus?: boolean;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  /**
   * Forgiving input: when the user leaves the field, the text as the app reads it (an install code
   * with its dashes, in capitals). Return undefined to leave what was typed, e.g. when it is unreadable.
   */
  normalizeOnBlur?: (typed: string) => string | undefined;
  /** Applied to every keystroke, e.g. capitals for a code, so the field shows what counts. */
  normalizeWhileTyping?: (typed: string) => string;
  sx?: SxProps<Theme>;
};

/** A MUI TextField bound to react-hook-form: label, helper or error text, and aria-invalid. */
export function FormTextField<
  TFieldValues extends FieldValues,
  TName extends FieldPath<TFieldValues>,
  TTransformedValues = TFieldValues,
>({
  label,
  hideLabel = false,
  helperText,
  placeholder,
  readOnly = false,
  size,
  fullWidth,
  autoComplete = 'off',
  autoFocus,
  onKeyDown,
  normalizeOnBlur,
  normalizeWhileTyping,
  sx,
  ...controllerProps
}: FormTextFieldProps<TFieldValues, TName, TTransformedValues>) {
  const {
    field: { ref, ...field },
    fieldState: { error },
  } = useController(controllerProps);
  const leave = () => {
    const typed: unknown = field.value;
    const normalized = typeof typed === 'string' ? normalizeOnBlur?.(typed) : undefined;
    if (normalized !== undefined && normalized !== typed) field.onChange(normalized);
    field.onBlur();
  };
  return (
    <TextField
      {...field}
      onChange={(event) =>
        field.onChange(normalizeWhileTyping?.(event.target.value) ?? event.target.value)
      }
      onBlur={leave}
      value={field.value ?? ''}
      inputRef={ref}
      label={hideLabel ? undefined : label}
      placeholder={placeholder}
      error={error !== undefined}
      helperText={error?.message ?? helperText}
      size={size}
      fullWidth={fullWidth}
      autoFocus={autoFocus}
      onKeyDown={onKeyDown}
      sx={sx}
      slotProps={{
        htmlInput: {
          'aria-label': hideLabel ? label : undefined,
          readOnly,
          autoComplete,
          spellCheck: false,
        },
      }}
    />
  );
}
