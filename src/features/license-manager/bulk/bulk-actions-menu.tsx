import { useId, useState } from 'react';
import ArrowDropDownOutlined from '@mui/icons-material/ArrowDropDownOutlined';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Tooltip from '@mui/material/Tooltip';
import { useText } from '@/lib/i18n';
import { BULK_ACTIONS, type BulkActionChoice } from './bulk-action';

interface BulkActionsMenuProps {
  disabled: boolean;
  /** Why no bulk action can run (no sensor matches), or null. */
  disabledReason: string | null;
  onChoose: (choice: BulkActionChoice) => void;
}

/** LM-12: the bulk actions, on the ticked rows or, with none ticked, on everything the filter shows. */
export function BulkActionsMenu({ disabled, disabledReason, onChoose }: BulkActionsMenuProps) {
  const t = useText();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Tooltip title={disabledReason ?? ''}>
        <span>
          <Button
            endIcon={<ArrowDropDownOutlined />}
            aria-haspopup="menu"
            aria-controls={anchor ? menuId : undefined}
            aria-expanded={anchor ? true : undefined}
            disabled={disabled}
            onClick={(event) => setAnchor(event.currentTarget)}
          >
            {t('fleet.bulk.open')}
          </Button>
        </span>
      </Tooltip>
      <Menu id={menuId} anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {BULK_ACTIONS.map((choice) => (
          <MenuItem
            key={choice}
            onClick={() => {
              setAnchor(null);
              onChoose(choice);
            }}
          >
            {t(`fleet.bulk.action.${choice}`)}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
