import { useState } from 'react';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DoneOutlined from '@mui/icons-material/DoneOutlined';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { MONOSPACE } from '@/lib/theme';

/** An ID in monospace with a copy button (requirements, Conventions). */
export function CopyableId({ id, label }: { id: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(id);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 1500);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Typography
        component="span"
        sx={{ fontFamily: MONOSPACE, fontSize: '0.8rem', whiteSpace: 'nowrap' }}
      >
        {id}
      </Typography>
      <Tooltip title={copied ? 'Copied' : `Copy ${label}`}>
        <IconButton size="small" aria-label={`Copy ${label} ${id}`} onClick={() => void copy()}>
          {copied ? (
            <DoneOutlined fontSize="inherit" color="success" />
          ) : (
            <ContentCopyOutlined fontSize="inherit" />
          )}
        </IconButton>
      </Tooltip>
    </Stack>
  );
}
