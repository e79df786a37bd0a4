import { useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useForm } from 'react-hook-form';
import { useSignInCustomer } from '@/api/customer-portal';
import { FormTextField } from '@/components/form-text-field';
import { cancelHeadingFocus, focusHeadingAfterSignIn } from '@/lib/focus-page-heading';
import { MONOSPACE } from '@/lib/theme';
import { eidFormSchema, emailFormSchema, fieldRefusal } from './sign-in-schema';
import { LICENSE_ID_EXAMPLE } from '@/api/contract/licenses';
import { useText } from '@/lib/i18n';

type Method = 'eid' | 'email';

/** CP-1: the two ways in differ only in their field and how the cloud is asked. */
const METHODS = {
  eid: {
    schema: eidFormSchema,
    formLabel: 'Sign in with a License ID',
    label: 'License ID (EID)',
    placeholder: LICENSE_ID_EXAMPLE,
    helperText: 'Any License ID (EID) of your licenses, from your order confirmation.',
    autoComplete: 'off',
    sx: { '& input': { fontFamily: MONOSPACE } },
  },
  email: {
    schema: emailFormSchema,
    formLabel: 'Sign in with an e-mail address',
    label: 'E-mail',
    placeholder: 'name@example.com',
    helperText: 'The contact e-mail your partner added to your account.',
    autoComplete: 'email',
    sx: undefined,
  },
} as const;

function SignInForm({ method }: { method: Method }) {
  const t = useText();
  const config = METHODS[method];
  const signIn = useSignInCustomer();
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(config.schema),
    defaultValues: { value: '' },
  });
  const submit = handleSubmit(async ({ value }) => {
    try {
      focusHeadingAfterSignIn();
      await signIn.mutateAsync(method === 'eid' ? { eid: value } : { email: value });
    } catch (error) {
      cancelHeadingFocus();
      setError('value', { type: 'server', message: fieldRefusal(error, method, t) });
    }
  });
  return (
    <Stack
      component="form"
      noValidate
      spacing={2}
      onSubmit={(event) => void submit(event)}
      aria-label={config.formLabel}
    >
      <FormTextField
        control={control}
        name="value"
        label={config.label}
        placeholder={config.placeholder}
        helperText={config.helperText}
        autoComplete={config.autoComplete}
        readOnly={formState.isSubmitting}
        fullWidth
        sx={config.sx}
      />
      <Button type="submit" variant="contained" loading={formState.isSubmitting}>
        Sign In
      </Button>
    </Stack>
  );
}

/** CP-1: sign in with a License ID (EID) or with a contact e-mail. */
export function CustomerSignInCard() {
  const [method, setMethod] = useState<Method>('eid');
  return (
    <Card variant="outlined" sx={{ maxWidth: 520 }}>
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h2">Sign in</Typography>
          <Tabs
            value={method}
            onChange={(_event, value: Method) => setMethod(value)}
            aria-label="Sign in with"
          >
            <Tab value="eid" label="License ID (EID)" id="cp-tab-eid" aria-controls="cp-panel" />
            <Tab value="email" label="E-mail" id="cp-tab-email" aria-controls="cp-panel" />
          </Tabs>
          <div role="tabpanel" id="cp-panel" aria-labelledby={`cp-tab-${method}`}>
            <SignInForm key={method} method={method} />
          </div>
        </Stack>
      </CardContent>
    </Card>
  );
}
