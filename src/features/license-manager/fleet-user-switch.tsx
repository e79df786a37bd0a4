import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useSignInFleetAs } from '@/api/fleet';
import { fleetRoleSchema, type FleetSession } from '@/api/contract/fleet';

/** Simulated cloud only: sign in to the organization as another role (LM-1). */
export function FleetUserSwitch({ session }: { session: FleetSession }) {
  const signIn = useSignInFleetAs();
  return (
    <TextField
      select
      size="small"
      label="Organization user (simulated)"
      value={session.user.role}
      disabled={signIn.isPending}
      onChange={(event) => {
        const role = fleetRoleSchema.safeParse(event.target.value);
        if (role.success) signIn.mutate(role.data);
      }}
      helperText={session.user.name}
      sx={{ minWidth: 220 }}
    >
      {fleetRoleSchema.options.map((role) => (
        <MenuItem key={role} value={role}>
          {role}
        </MenuItem>
      ))}
    </TextField>
  );
}
