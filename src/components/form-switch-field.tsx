import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import {
  useController,
  type FieldPath,
  type FieldValues,
  type UseControllerProps,
} from 'react-hook-form';

type FormSwitchFieldProps<
  TFieldValues extends FieldValues,
  TName extends FieldPath<TFieldValues>,
  TTransformedValues,
> = UseControllerProps<TFieldValues, TName, TTransformedValues> & {
  label: string;
  readOnly?: boolean;
};

/** A MUI Switch bound to a boolean react-hook-form field, named by its label. */
export function FormSwitchField<
  TFieldValues extends FieldValues,
  TName extends FieldPath<TFieldValues>,
  TTransformedValues = TFieldValues,
>({
  label,
  readOnly = false,
  ...controllerProps
}: FormSwitchFieldProps<TFieldValues, TName, TTransformedValues>) {
  const {
    field: { value, onChange, onBlur, name },
  } = useController(controllerProps);
  return (
    <FormControlLabel
      label={label}
      control={
        <Switch
          name={name}
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
          onBlur={onBlur}
          disabled={readOnly}
        />
      }
    />
  );
}
