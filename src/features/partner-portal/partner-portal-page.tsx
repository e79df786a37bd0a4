import { ComingSoon } from '@/components/coming-soon';

export function PartnerPortalPage() {
  return (
    <ComingSoon
      title="License Partner Portal"
      purpose="Partners manage purchased licenses, customer accounts and transfers here."
    />
  );
}
