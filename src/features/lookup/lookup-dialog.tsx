import { useState } from 'react';
import Button from '@mui/material/Button';
import { useLocation } from 'wouter';
import { AppDialog } from '@/components/app-dialog';
import { useText } from '@/lib/i18n';
import { LookupCombobox } from './lookup-combobox';

interface LookupDialogProps {
  open: boolean;
  onClose: () => void;
}

/** AU-2: the lookup's dialog; what was typed stays for the next time it opens. */
export function LookupDialog({ open, onClose }: LookupDialogProps) {
  const t = useText();
  const [text, setText] = useState('');
  const [, navigate] = useLocation();
  const openResult = (href: string) => {
    onClose();
    navigate(href);
  };
  return (
    <AppDialog
      open={open}
      title={t('lookup.title')}
      onClose={onClose}
      maxWidth="md"
      dividers
      actions={<Button onClick={onClose}>{t('lookup.close')}</Button>}
    >
      <LookupCombobox open={open} text={text} onTextChange={setText} onOpenResult={openResult} />
    </AppDialog>
  );
}
