import CheckOutlined from '@mui/icons-material/CheckOutlined';
import LogoutOutlined from '@mui/icons-material/LogoutOutlined';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useText } from '@/lib/i18n';
import type { IdentityMenuProps } from './identity-menu';

interface IdentityMenuListProps extends Omit<IdentityMenuProps, 'pending'> {
  /** The button the menu hangs from; null closes it. */
  anchor: HTMLElement | null;
  onClose: () => void;
}

/** The identity menu's list: whose session this is, whom to sign in as, Sign out. */
export function IdentityMenuList({
  anchor,
  onClose: close,
  app,
  who,
  choices = [],
  chosen,
  onChoose,
  onSignOut,
}: IdentityMenuListProps) {
  const t = useText();
  return (
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
          <ListItemIcon>{choice.key === chosen && <CheckOutlined fontSize="small" />}</ListItemIcon>
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
  );
}
