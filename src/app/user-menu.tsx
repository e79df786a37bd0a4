import { useState } from 'react';
import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import Button from '@mui/material/Button';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useQuery } from '@tanstack/react-query';
import { cmsRoleSchema } from '@/api/contract/session';
import { sessionQueries, useSignInAs } from '@/api/session';
import { usesSimulatedCloud } from '@/lib/env';

/** Who is signed in; on the simulated cloud, a tester can sign in as another CMS user type (SS-1). */
export function UserMenu() {
  const session = useQuery(sessionQueries.current());
  const signInAs = useSignInAs();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const user = session.data?.user;
  if (!user) return null;
  const canSwitch = usesSimulatedCloud();

  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircleOutlined />}
        onClick={canSwitch ? (event) => setAnchor(event.currentTarget) : undefined}
        aria-haspopup={canSwitch ? 'menu' : undefined}
        aria-label={`Signed in as ${user.name} (${user.role})${canSwitch ? ': switch user' : ''}`}
        sx={{ textTransform: 'none', whiteSpace: 'nowrap' }}
        loading={signInAs.isPending}
      >
        {user.name} · {user.role}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <ListSubheader>Sign in as (simulated cloud)</ListSubheader>
        {cmsRoleSchema.options.map((role) => (
          <MenuItem
            key={role}
            selected={role === user.role}
            onClick={() => {
              setAnchor(null);
              if (role !== user.role) signInAs.mutate(role);
            }}
          >
            <ListItemIcon>{role === user.role && <CheckOutlined fontSize="small" />}</ListItemIcon>
            <ListItemText>{role}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
