import { Suspense } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { useManageLicensesUrl } from '@/features/manage-licenses/dialog/manage-licenses-url';
import { preloadable } from '@/lib/preloadable';
import { useActivationJobFollower } from './use-activation-job-follower';

// Shown only while an activation runs or just ended, so its code is not part of the first load (P1).
const toast = preloadable(() => import('./activation-job-toast').then((m) => m.ActivationJobToast));

/**
 * A running or just-finished license activation, outside the Manage Licenses dialog (SS-33, R5).
 * It follows the job with the same hook as the Download view, so the license lists refresh once
 * when the job ends even while the dialog is closed. Hidden while the (modal) dialog is open.
 */
export function ActivationJobNotice() {
  const url = useManageLicensesUrl();
  const session = useQuery(sessionQueries.current());
  const follower = useActivationJobFollower({ enabled: session.data?.user.role === 'Owner' });
  const job = follower.current;
  if (!job || url.view !== null) return null;
  return (
    <Suspense fallback={null}>
      <toast.Component
        job={job}
        onShow={() => url.open('download')}
        onDismiss={() => follower.dismiss(job.id)}
      />
    </Suspense>
  );
}
