import { useState } from 'react';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DoneOutlined from '@mui/icons-material/DoneOutlined';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { MONOSPACE } from '@/lib/theme';
import { useText } from '@/lib/i18n';
import { VISUALLY_HIDDEN } from './visually-hidden';

/**
 * An ID in monospace with a copy button (requirements, Conventions). `wrap`: on screens narrower
 * than `lg` the ID breaks over two lines, so a table keeps its last columns in view.
 */
export function CopyableId({
  id,
  label,
  wrap = false,
}: {
  id: string;
  label: string;
  wrap?: boolean;
}) {
  const t = useText();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(id);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Typography
        component="span"
        sx={{
          fontFamily: MONOSPACE,
          fontSize: '0.8rem',
          whiteSpace: 'nowrap',
          ...(wrap && {
            whiteSpace: { xs: 'normal', lg: 'nowrap' },
            wordBreak: 'break-all',
            width: { xs: '19ch', lg: 'auto' },
          }),
        }}
      >
        {id}
      </Typography>
      <Tooltip title={copied ? t('common.copied') : t('common.copyWhat', { what: label })}>
        <IconButton
          size="small"
          aria-label={t('common.copyWhatId', { what: label, id })}
          onClick={() => void copy()}
          // The tick stays until the pointer or the focus leaves, not for a set time: it is there
          // for as long as the user looks at it, and a screenshot of it does not depend on timing.
          onMouseLeave={() => setCopied(false)}
          onBlur={() => setCopied(false)}
        >
          {copied ? (
            <DoneOutlined fontSize="inherit" color="success" />
          ) : (
            <ContentCopyOutlined fontSize="inherit" />
          )}
        </IconButton>
      </Tooltip>
      {/* The tooltip shows "Copied" to the eye only; a screen reader hears it from this status,
          which is there only then, so the many IDs of a table add no live regions to a page. */}
      {copied && (
        <span role="status" style={VISUALLY_HIDDEN}>
          {t('common.copied')}
        </span>
      )}
    </Stack>
  );
}
