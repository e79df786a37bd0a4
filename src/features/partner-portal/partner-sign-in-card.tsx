import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { partnerPortalQueries, useSignInPartner } from '@/api/partner-portal';
import { ErrorAlert } from '@/components/error-alert';
import { cancelHeadingFocus, focusHeadingAfterSignIn } from '@/lib/focus-page-heading';
import { useText } from '@/lib/i18n';

/** PP-1 (simulated): choose one of the cloud's partners. */
export function PartnerSignInCard() {
  const partners = useQuery(partnerPortalQueries.partners());
  const signIn = useSignInPartner();
  const t = useText();
  return (
    <Card variant="outlined" sx={{ maxWidth: 480 }}>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {t('partner.signIn.title')}
        </Typography>
        <Typography color="text.secondary" variant="body2">
          {t('partner.signIn.hint')}
        </Typography>
        {partners.isPending && (
          <LinearProgress aria-label={t('partner.signIn.loading')} sx={{ mt: 2 }} />
        )}
        {partners.isError && (
          <Box sx={{ mt: 2 }}>
            <ErrorAlert
              title={t('partner.signIn.loadError')}
              error={partners.error}
              onRetry={() => void partners.refetch()}
              retrying={partners.isRefetching}
            />
          </Box>
        )}
        {signIn.isError && <ErrorAlert error={signIn.error} sx={{ mt: 2 }} />}
      </CardContent>
      {partners.data && (
        <CardActions
          disableSpacing
          sx={{ flexDirection: 'column', alignItems: 'stretch', gap: 1, px: 2, pb: 2 }}
        >
          {partners.data.map((partner) => (
            <Button
              key={partner.id}
              variant="outlined"
              loading={signIn.isPending && signIn.variables === partner.id}
              disabled={signIn.isPending}
              onClick={() => {
                focusHeadingAfterSignIn();
                signIn.mutate(partner.id, { onError: cancelHeadingFocus });
              }}
            >
              {t('partner.signIn.as', { name: partner.name })}
            </Button>
          ))}
        </CardActions>
      )}
    </Card>
  );
}
