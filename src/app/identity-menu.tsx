import { useState } from 'react';
import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useText } from '@/lib/i18n';

interface IdentityChoice {
  key: string;
  label: string;
}

interface IdentityMenuProps {
  /** The app this identity belongs to; the menu names it. */
  app: 'cms' | 'partner' | 'customer' | 'fleet' | 'support';
  /** Who is signed in ("Olivia Brandt · Owner"), or null when nobody is. */
  who: string | null;
  /** On the simulated cloud: whom a tester can sign in as instead. */
  choices?: readonly IdentityChoice[];
  chosen?: string;
  onChoose?: (key: string) => void;
  onSignOut?: () => void;
  pending?: boolean;
}

/** Who is signed in to the current app, and (simulated cloud) the one switcher for every app. */
export function IdentityMenu({
  app,
  who,
  choices = [],
  chosen,
  onChoose,
  onSignOut,
  pending,
}: IdentityMenuProps) {
  const t = useText();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const label = who ?? t('shell.identity.notSignedIn');
  const buttonProps = {
    color: 'inherit',
    // Holds the visible text whole, so a voice user can say what they see (label in name).
    'aria-label': who ? t('shell.identity.signedInAs', { who }) : label,
    'aria-haspopup': 'menu',
    'aria-expanded': anchor !== null,
    onClick: (event: React.MouseEvent<HTMLElement>) => setAnchor(event.currentTarget),
    loading: pending,
  } as const;
  const close = () => setAnchor(null);

  return (
    <>
      {phone ? (
        <IconButton {...buttonProps}>
          <AccountCircleOutlined />
        </IconButton>
      ) : (
        <Button
          {...buttonProps}
          startIcon={<AccountCircleOutlined />}
          sx={{ textTransform: 'none', whiteSpace: 'nowrap', minWidth: 0, maxWidth: 220 }}
        >
          {/* A long name and role end in an ellipsis; the button's name holds them whole. */}
          <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {label}
          </Box>
        </Button>
      )}
      <Menu anchorEl={anchor} open={anchor !== null} onClose={close}>
        <ListSubheader>
          {who
            ? t('shell.identity.signedInTo', { app, who })
            : t('shell.identity.nobodySignedInTo', { app })}
        </ListSubheader>
        {choices.length > 0 && <Divider />}
        {choices.length > 0 && <ListSubheader>{t('shell.identity.signInAs')}</ListSubheader>}
        {choices.map((choice) => (
          <MenuItem
            key={choice.key}
            selected={choice.key === chosen}
            onClick={() => {
              close();
              if (choice.key !== chosen) onChoose?.(choice.key);
            }}
          >
            <ListItemIcon>
              {choice.key === chosen && <CheckOutlined fontSize="small" />}
            </ListItemIcon>
            <ListItemText>{choice.label}</ListItemText>
          </MenuItem>
        ))}
        {onSignOut && who && <Divider />}
        {onSignOut && who && (
          <MenuItem
            onClick={() => {
              close();
              onSignOut();
            }}
          >
            <ListItemIcon>
              <LogoutOutlined fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t('shell.identity.signOut')}</ListItemText>
          </MenuItem>
        )}
      </Menu>
    </>
  );
}
