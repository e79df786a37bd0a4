import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { cmsRoleSchema } from '@/api/contract/session';
import { sessionQueries, useSignInAs } from '@/api/session';
import { useExpireSessions } from '@/api/simulation';

/** Sign in as another CMS user type (SS-1), or let the session run out mid-task (R12). */
export function SessionControls() {
  const session = useQuery(sessionQueries.current());
  const signInAs = useSignInAs();
  const expire = useExpireSessions();
  const role = session.data?.user.role ?? '';
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        select
        size="small"
        label="Signed in as"
        value={role}
        disabled={!session.data || signInAs.isPending}
        onChange={(event) => {
          const next = cmsRoleSchema.safeParse(event.target.value);
          if (next.success) signInAs.mutate(next.data);
        }}
        helperText={session.data ? session.data.user.name : ' '}
        sx={{ flexGrow: 1 }}
      >
        {cmsRoleSchema.options.map((option) => (
          <MenuItem key={option} value={option}>
            {option}
          </MenuItem>
        ))}
      </TextField>
      <Button size="small" onClick={() => expire.mutate()} loading={expire.isPending}>
        End session
      </Button>
    </Stack>
  );
}
