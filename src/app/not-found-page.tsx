import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link } from 'wouter';
import { useText } from '@/lib/i18n';

export function NotFoundPage() {
  const t = useText();
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="h1">{t('shell.notFound.title')}</Typography>
      <Typography color="text.secondary">{t('shell.notFound.text')}</Typography>
      <Button variant="contained" component={Link} href="/">
        {t('shell.notFound.home')}
      </Button>
    </Stack>
  );
}
