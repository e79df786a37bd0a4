import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActions from '@mui/material/CardActions';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { cancelHeadingFocus, focusHeadingOnArrival } from '@/lib/focus-page-heading';
import { ErrorAlert } from './error-alert';

interface Choice {
  key: string;
  /** The button's words, e.g. "Sign in as Northwind Controls". */
  label: string;
}

interface SignInChoiceCardProps {
  title: string;
  hint: string;
  loadingLabel: string;
  loadErrorTitle: string;
  /** Whom one can sign in as; undefined until loaded. */
  choices: readonly Choice[] | undefined;
  /** Loading the choices: pending, or failed with a retry. */
  loading: { pending: boolean; error: unknown; retry: () => void; retrying: boolean };
  /** The sign-in command: which choice is being signed in as, and its failure. */
  signIn: {
    pendingKey: string | null;
    error: unknown;
    choose: (key: string, options: { onError: () => void }) => void;
  };
}

/** A simulated sign-in: one button per partner or staff member; focus then goes to the page heading. */
export function SignInChoiceCard({
  title,
  hint,
  loadingLabel,
  loadErrorTitle,
  choices,
  loading,
  signIn,
}: SignInChoiceCardProps) {
  return (
    <Card variant="outlined" sx={{ maxWidth: 480 }}>
      <CardContent>
        <Typography variant="h2" gutterBottom>
          {title}
        </Typography>
        <Typography color="text.secondary" variant="body2">
          {hint}
        </Typography>
        {loading.pending && <LinearProgress aria-label={loadingLabel} sx={{ mt: 2 }} />}
        {loading.error !== null && (
          <Box sx={{ mt: 2 }}>
            <ErrorAlert
              title={loadErrorTitle}
              error={loading.error}
              onRetry={loading.retry}
              retrying={loading.retrying}
            />
          </Box>
        )}
        {signIn.error !== null && <ErrorAlert error={signIn.error} sx={{ mt: 2 }} />}
      </CardContent>
      {choices && (
        <CardActions
          disableSpacing
          sx={{ flexDirection: 'column', alignItems: 'stretch', gap: 1, px: 2, pb: 2 }}
        >
          {choices.map((choice) => (
            <Button
              key={choice.key}
              variant="outlined"
              loading={signIn.pendingKey === choice.key}
              disabled={signIn.pendingKey !== null}
              onClick={() => {
                focusHeadingOnArrival();
                signIn.choose(choice.key, { onError: cancelHeadingFocus });
              }}
            >
              {choice.label}
            </Button>
          ))}
        </CardActions>
      )}
    </Card>
  );
}
