import type { ReactNode } from 'react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

export function EmptyState({
  icon,
  title,
  children,
}: {
  icon: ReactNode;
  title: string;
  children?: ReactNode;
}) {
  return (
    <Stack
      spacing={1}
      sx={{ alignItems: 'center', textAlign: 'center', py: 6, px: 2, color: 'text.secondary' }}
    >
      <Stack sx={{ fontSize: 48, color: 'action.disabled' }}>{icon}</Stack>
      <Typography variant="h3" component="p" color="text.primary">
        {title}
      </Typography>
      {children}
    </Stack>
  );
}
