import { useId, type ReactNode } from 'react';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { VISUALLY_HIDDEN } from './visually-hidden';
import { useText } from '@/lib/i18n';

interface ToolbarActionProps {
  label: string;
  icon: ReactNode;
  onClick: () => void;
  /** When set the action is unavailable and says why (tooltip and accessible description). */
  disabledReason?: string | null;
}

/**
 * An icon button whose name is its label. An unavailable action stays focusable (aria-disabled)
 * so keyboard and screen-reader users can learn why, not just that, it is off.
 */
export function ToolbarAction({ label, icon, onClick, disabledReason = null }: ToolbarActionProps) {
  const t = useText();
  const reasonId = useId();
  const disabled = disabledReason !== null;
  return (
    <Tooltip
      title={
        disabled ? t('common.unavailableAction', { action: label, reason: disabledReason }) : label
      }
    >
      <IconButton
        aria-label={label}
        aria-disabled={disabled || undefined}
        aria-describedby={disabled ? reasonId : undefined}
        onClick={disabled ? undefined : onClick}
        sx={
          disabled ? { color: 'action.disabled', cursor: 'not-allowed' } : { color: 'primary.main' }
        }
      >
        {icon}
        {disabled && (
          <span id={reasonId} style={VISUALLY_HIDDEN}>
            {disabledReason}
          </span>
        )}
      </IconButton>
    </Tooltip>
  );
}
