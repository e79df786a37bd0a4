import { ComingSoon } from '@/components/coming-soon';

export function LicenseManagerPage() {
  return (
    <ComingSoon
      title="License Manager"
      purpose="Sensor licenses, expiry, queued licenses and auto-renewal for the whole fleet."
    />
  );
}
