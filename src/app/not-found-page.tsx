import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link } from 'wouter';

export function NotFoundPage() {
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="h1">Page not found</Typography>
      <Typography color="text.secondary">There is nothing at this address.</Typography>
      <Button variant="contained" component={Link} href="/">
        Go to the CMS Dashboard
      </Button>
    </Stack>
  );
}
