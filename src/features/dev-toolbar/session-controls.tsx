import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { cmsRoleSchema, sessionQueries, useSignInAs } from '@/api/session';

/** Sign in as another CMS user type (SS-1). */
export function SessionControls() {
  const session = useQuery(sessionQueries.current());
  const signInAs = useSignInAs();
  const role = session.data?.user.role ?? '';
  return (
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
    >
      {cmsRoleSchema.options.map((option) => (
        <MenuItem key={option} value={option}>
          {option}
        </MenuItem>
      ))}
    </TextField>
  );
}
