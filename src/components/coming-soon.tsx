import Alert from '@mui/material/Alert';
import { PageHeader } from './page-header';

/** A placeholder for an area that is not built yet: says so plainly instead of pretending. */
export function ComingSoon({ title, purpose }: { title: string; purpose: string }) {
  return (
    <>
      <PageHeader title={title} subtitle={purpose} />
      <Alert severity="info">This area is not available yet.</Alert>
    </>
  );
}
