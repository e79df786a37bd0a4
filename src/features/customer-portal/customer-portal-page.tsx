import { ComingSoon } from '@/components/coming-soon';

export function CustomerPortalPage() {
  return (
    <ComingSoon
      title="License Customer Portal"
      purpose="Customers see their licenses and create offline activation files here."
    />
  );
}
