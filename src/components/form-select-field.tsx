import type { ReactNode } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import {
  useController,
  type FieldPath,
  type FieldValues,
  type UseControllerProps,
} from 'react-hook-form';

interface SelectOption {
  value: string;
  label: string;
}

type FormSelectFieldProps<
  TFieldValues extends FieldValues,
  TName extends FieldPath<TFieldValues>,
  TTransformedValues,
> = UseControllerProps<TFieldValues, TName, TTransformedValues> & {
  label: string;
  options: readonly SelectOption[];
  /** Shown under the field while it has no error; an error message takes its place. */
  helperText?: ReactNode;
  disabled?: boolean;
  fullWidth?: boolean;
  autoFocus?: boolean;
};

/** A MUI select bound to react-hook-form, with the same label, helper and error text as FormTextField. */
export function FormSelectField<
  TFieldValues extends FieldValues,
  TName extends FieldPath<TFieldValues>,
  TTransformedValues = TFieldValues,
>({
  label,
  options,
  helperText,
  disabled,
  fullWidth,
  autoFocus,
  ...controllerProps
}: FormSelectFieldProps<TFieldValues, TName, TTransformedValues>) {
  const {
    field: { ref, ...field },
    fieldState: { error },
  } = useController(controllerProps);
  return (
    <TextField
      {...field}
      select
      value={field.value ?? ''}
      inputRef={ref}
      label={label}
      error={error !== undefined}
      helperText={error?.message ?? helperText}
      disabled={disabled}
      fullWidth={fullWidth}
      autoFocus={autoFocus}
    >
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
