import type { ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useHeadingFocusOnArrival } from '@/lib/focus-page-heading';

/** A page's title (its one h1), which takes focus when a sign-in or a lookup led here. */
export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  useHeadingFocusOnArrival();
  return (
    <Stack
      direction="row"
      spacing={2}
      sx={{ mb: 3, alignItems: 'flex-end', justifyContent: 'space-between', flexWrap: 'wrap' }}
    >
      <div>
        <Typography variant="h1">{title}</Typography>
        {subtitle && (
          <Typography color="text.secondary" sx={{ mt: 0.5 }}>
            {subtitle}
          </Typography>
        )}
      </div>
      {actions}
    </Stack>
  );
}
