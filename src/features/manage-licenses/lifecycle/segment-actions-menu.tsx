import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useText } from '@/lib/i18n';
import type { ClearDevicesAction } from './clear-devices-dialog';

interface SegmentActionsMenuProps {
  id: string;
  /** The button the menu hangs from; null closes it. */
  anchor: HTMLElement | null;
  /** Re-imaging needs the licenses and today's date: disabled until they are here. */
  canReimage: boolean;
  onChoose: (action: 'reimage' | ClearDevicesAction) => void;
  onClose: () => void;
}

/** SS-70: the items of a segment controller's actions menu. */
export function SegmentActionsMenu({
  id,
  anchor,
  canReimage,
  onChoose,
  onClose,
}: SegmentActionsMenuProps) {
  const t = useText();
  return (
    <Menu id={id} anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      <MenuItem disabled={!canReimage} onClick={() => onChoose('reimage')}>
        {t('dashboard.lifecycle.reimage')}
      </MenuItem>
      <MenuItem onClick={() => onChoose('reset-databases')}>
        {t('dashboard.lifecycle.resetDatabases')}
      </MenuItem>
      <MenuItem onClick={() => onChoose('restore-factory-settings')}>
        {t('dashboard.lifecycle.restoreFactorySettings')}
      </MenuItem>
    </Menu>
  );
}
