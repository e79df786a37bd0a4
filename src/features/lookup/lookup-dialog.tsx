import { useState } from 'react';
import Button from '@mui/material/Button';
import { useLocation, useSearch } from 'wouter';
import { AppDialog } from '@/components/app-dialog';
import { focusHeadingOnArrival, pageHeading } from '@/lib/focus-page-heading';
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
  // A result opens once the dialog is gone, so its page's heading takes focus after the dialog
  // gave it back to the opener.
  const [leadsTo, setLeadsTo] = useState<string | null>(null);
  const [location, navigate] = useLocation();
  const search = useSearch();
  const openResult = (href: string) => {
    setLeadsTo(href);
    onClose();
  };
  const onExited = () => {
    if (leadsTo === null) return;
    setLeadsTo(null);
    const here = search ? `${location}?${search}` : location;
    if (leadsTo === here) pageHeading()?.focus();
    else {
      focusHeadingOnArrival();
      navigate(leadsTo);
    }
  };
  return (
    <AppDialog
      open={open}
      title={t('lookup.title')}
      onClose={onClose}
      onExited={onExited}
      maxWidth="md"
      dividers
      actions={<Button onClick={onClose}>{t('lookup.close')}</Button>}
    >
      <LookupCombobox open={open} text={text} onTextChange={setText} onOpenResult={openResult} />
    </AppDialog>
  );
}
