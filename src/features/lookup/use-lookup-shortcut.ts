import { useEffect } from 'react';
import { useStableCallback } from '@/lib/use-stable-callback';

/** Apple keyboards say ⌘ where others say Ctrl; the shortcut takes either everywhere. */
export const IS_MAC =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** What `aria-keyshortcuts` announces for the lookup. */
export const LOOKUP_KEYS = 'Control+K Meta+K';

/**
 * AU-2: Ctrl+K or ⌘K opens the lookup from anywhere, also while typing in a field; the browser's
 * own use of the keys (its search bar) gives way on this page.
 */
export function useLookupShortcut(open: () => void): void {
  const onOpen = useStableCallback(open);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 'k') return;
      event.preventDefault();
      onOpen();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onOpen]);
}
