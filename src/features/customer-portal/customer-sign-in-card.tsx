import { useMemo, useState } from 'react';
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
import { fieldRefusalOf, toUserMessage } from '@/api/errors';
import { FormTextField } from '@/components/form-text-field';
import { cancelHeadingFocus, focusHeadingOnArrival } from '@/lib/focus-page-heading';
import { useText, type Translate } from '@/lib/i18n';
import { MONOSPACE } from '@/lib/theme';
import { eidFormSchema, emailFormSchema } from './sign-in-schema';
import { LICENSE_ID_EXAMPLE } from '@/api/contract/licenses';

type Method = 'eid' | 'email';

/** CP-1: the two ways in differ only in their field and how the cloud is asked. */
const METHODS = {
  eid: {
    schema: eidFormSchema,
    formLabel: 'customer.signIn.eidForm',
    label: 'customer.signIn.eid',
    placeholder: () => LICENSE_ID_EXAMPLE,
    helperText: 'customer.signIn.eidHint',
    autoComplete: 'off',
    sx: { '& input': { fontFamily: MONOSPACE } },
  },
  email: {
    schema: emailFormSchema,
    formLabel: 'customer.signIn.emailForm',
    label: 'customer.signIn.email',
    placeholder: (t: Translate) => t('customer.signIn.emailPlaceholder'),
    helperText: 'customer.signIn.emailHint',
    autoComplete: 'email',
    sx: undefined,
  },
} as const;

function SignInForm({ method }: { method: Method }) {
  const t = useText();
  const config = METHODS[method];
  const signIn = useSignInCustomer();
  const schema = useMemo(() => config.schema(t), [config, t]);
  const { control, handleSubmit, setError, formState } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { value: '' },
  });
  const submit = handleSubmit(async ({ value }) => {
    try {
      focusHeadingOnArrival();
      await signIn.mutateAsync(method === 'eid' ? { eid: value } : { email: value });
    } catch (error) {
      cancelHeadingFocus();
      const message = fieldRefusalOf(error, method, t) ?? toUserMessage(error, t);
      setError('value', { type: 'server', message });
    }
  });
  return (
    <Stack
      component="form"
      noValidate
      spacing={2}
      onSubmit={(event) => void submit(event)}
      aria-label={t(config.formLabel)}
    >
      <FormTextField
        control={control}
        name="value"
        label={t(config.label)}
        placeholder={config.placeholder(t)}
        helperText={t(config.helperText)}
        autoComplete={config.autoComplete}
        readOnly={formState.isSubmitting}
        fullWidth
        sx={config.sx}
      />
      <Button type="submit" variant="contained" loading={formState.isSubmitting}>
        {t('customer.signIn.submit')}
      </Button>
    </Stack>
  );
}

/** CP-1: sign in with a License ID (EID) or with a contact e-mail. */
export function CustomerSignInCard() {
  const [method, setMethod] = useState<Method>('eid');
  const t = useText();
  return (
    <Card variant="outlined" sx={{ maxWidth: 520 }}>
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h2">{t('customer.signIn.title')}</Typography>
          <Tabs
            value={method}
            onChange={(_event, value: Method) => setMethod(value)}
            aria-label={t('customer.signIn.methods')}
          >
            <Tab
              value="eid"
              label={t('customer.signIn.eidTab')}
              id="cp-tab-eid"
              aria-controls="cp-panel"
            />
            <Tab
              value="email"
              label={t('customer.signIn.emailTab')}
              id="cp-tab-email"
              aria-controls="cp-panel"
            />
          </Tabs>
          <div role="tabpanel" id="cp-panel" aria-labelledby={`cp-tab-${method}`}>
            <SignInForm key={method} method={method} />
          </div>
        </Stack>
      </CardContent>
    </Card>
  );
}
