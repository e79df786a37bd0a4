import { Suspense, useState } from 'react';
import { preloadable } from '@/lib/preloadable';
import { useSessionExpiry } from './use-session-expiry';

// Needed only once a session has ended, when the cloud is answering: not part of the first load (P1).
const prompt = preloadable(() =>
  import('./session-expired-prompt').then((m) => m.SessionExpiredPrompt),
);

/**
 * R12: a session that ends mid-task asks to sign in again over the screen, which stays mounted,
 * so whatever was typed or selected is still there to be sent again.
 */
export function SessionExpiredDialog() {
  const { expired, dismiss } = useSessionExpiry();
  // Mounted from the first ending on, so a closing prompt plays its exit.
  const [shown, setShown] = useState(false);
  if (expired && !shown) setShown(true);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <prompt.Component open={expired} onSignedIn={dismiss} />
    </Suspense>
  );
}
