import { Suspense, useState } from 'react';
import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useText } from '@/lib/i18n';
import { preloadable, useOpenOnceLoaded } from '@/lib/preloadable';

// The menu's list is not part of the first load (P1).
const identityMenuList = preloadable(() =>
  import('./identity-menu-list').then((m) => m.IdentityMenuList),
);

interface IdentityChoice {
  key: string;
  label: string;
}

export interface IdentityMenuProps {
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
export function IdentityMenu({ pending, ...menu }: IdentityMenuProps) {
  const { who } = menu;
  const t = useText();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const list = useOpenOnceLoaded(identityMenuList.preload);
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const label = who ?? t('shell.identity.notSignedIn');
  const buttonProps = {
    color: 'inherit',
    // Holds the visible text whole, so a voice user can say what they see (label in name).
    'aria-label': who ? t('shell.identity.signedInAs', { who }) : label,
    'aria-haspopup': 'menu',
    'aria-expanded': anchor !== null,
    ...list.triggerProps,
    onClick: (event: React.MouseEvent<HTMLElement>) => {
      const button = event.currentTarget;
      list.open(() => setAnchor(button));
    },
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
          sx={{ textTransform: 'none', whiteSpace: 'nowrap', minWidth: 0, maxWidth: '100%' }}
        >
          {/* A long name and role end in an ellipsis; the button's name holds them whole. */}
          <Box component="span" sx={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>
            {label}
          </Box>
        </Button>
      )}
      {list.mounted && (
        <Suspense fallback={null}>
          <identityMenuList.Component {...menu} anchor={anchor} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
