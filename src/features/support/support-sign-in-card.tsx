import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { customerSuccessQueries, useSignInSupport } from '@/api/customer-success';
import { ErrorAlert } from '@/components/error-alert';
import { cancelHeadingFocus, focusHeadingAfterSignIn } from '@/lib/focus-page-heading';
import { useText } from '@/lib/i18n';
import { supportRoleLabel } from './support-words';

/** CS-1 (simulated): choose the staff member to act as. */
export function SupportSignInCard() {
  const staff = useQuery(customerSuccessQueries.staff());
  const signIn = useSignInSupport();
  const t = useText();
  return (
    <Card variant="outlined" sx={{ maxWidth: 480 }}>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t('support.signIn.title')}
        </Typography>
        <Typography color="text.secondary" variant="body2">
          {t('support.signIn.hint')}
        </Typography>
        {staff.isPending && (
          <LinearProgress aria-label={t('support.signIn.loading')} sx={{ mt: 2 }} />
        )}
        {staff.isError && (
          <Box sx={{ mt: 2 }}>
            <ErrorAlert
              title={t('support.signIn.loadError')}
              error={staff.error}
              onRetry={() => void staff.refetch()}
              retrying={staff.isRefetching}
            />
          </Box>
        )}
        {signIn.isError && <ErrorAlert error={signIn.error} sx={{ mt: 2 }} />}
      </CardContent>
      {staff.data && (
        <CardActions
          disableSpacing
          sx={{ flexDirection: 'column', alignItems: 'stretch', gap: 1, px: 2, pb: 2 }}
        >
          {staff.data.map((member) => (
            <Button
              key={member.id}
              variant="outlined"
              loading={signIn.isPending && signIn.variables === member.id}
              disabled={signIn.isPending}
              onClick={() => {
                focusHeadingAfterSignIn();
                signIn.mutate(member.id, { onError: cancelHeadingFocus });
              }}
            >
              {t('support.signIn.as', {
                who: t('shell.identity.who', {
                  name: member.name,
                  role: supportRoleLabel(member.role, t),
                }),
              })}
            </Button>
          ))}
        </CardActions>
      )}
    </Card>
  );
}
