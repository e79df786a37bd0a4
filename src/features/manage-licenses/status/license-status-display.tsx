import type { MouseEvent } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Grid from '@mui/material/Grid';
import Skeleton from '@mui/material/Skeleton';
import { useQuery } from '@tanstack/react-query';
import { sessionQueries } from '@/api/session';
import { useManageLicensesOpener } from '@/features/manage-licenses/dialog/manage-licenses-url';
import { RemoteCmsSummaryRow } from './remote-cms-summary';
import { SegmentLicenseSummary } from './segment-license-summary';
import { useAutoOpenManageLicenses } from './use-auto-open';
import { useCmsLicenseData } from './use-cms-license-data';
import { markNow, PAINT_MARKS, usePaintMark } from '@/lib/paint-marks';
import { ErrorAlert } from '@/components/error-alert';
import { QueryView } from '@/components/query-view';
import { sessionErrorText } from '@/features/manage-licenses/session-error';
import { useText } from '@/lib/i18n';

const HEADING_ID = 'license-status-heading';
/** A medium contained Button's height: the header keeps it before the session says who may manage. */
const ACTION_HEIGHT = '36.5px';
const CONTROLS = 'button, a, input, select, textarea, [role="button"]';

function SummariesSkeleton() {
  return (
    <Grid container spacing={2} aria-busy="true">
      {[0, 1, 2].map((i) => (
        <Grid key={i} size={{ xs: 12, md: 4 }}>
          <Skeleton variant="rounded" height={212} />
        </Grid>
      ))}
    </Grid>
  );
}

function Summaries() {
  const t = useText();
  const query = useCmsLicenseData();
  usePaintMark(PAINT_MARKS.licenseStatusVisible, query.data !== undefined);
  return (
    <QueryView
      query={query}
      pending={<SummariesSkeleton />}
      errorTitle={t('dashboard.status.loadError')}
      lastLoaded={t('dashboard.status.lastLoaded')}
    >
      {({ controllers, licenses, today }) => (
        <Grid container spacing={2}>
          {licenses.some((l) => l.kind === 'remote-cms') && (
            <Grid size={12}>
              <RemoteCmsSummaryRow
                licenses={licenses}
                controllerCount={controllers.length}
                today={today}
              />
            </Grid>
          )}
          {controllers.map((controller) => (
            <Grid key={controller.id} size={{ xs: 12, md: 4 }}>
              <SegmentLicenseSummary
                controller={controller}
                licenses={licenses.filter((l) => l.segmentControllerId === controller.id)}
                today={today}
              />
            </Grid>
          ))}
        </Grid>
      )}
    </QueryView>
  );
}

/**
 * True once License Status has its final height (its cards, or why they are missing): what the
 * dashboard shows below it waits for this, so nothing already on screen moves (CLS 0, quality P2).
 */
export function useLicenseStatusSettled(): boolean {
  const session = useQuery(sessionQueries.current());
  const data = useCmsLicenseData();
  return session.isError || (session.isSuccess && (data.data !== undefined || data.error !== null));
}

/**
 * SS-2, in a component of its own: it watches whether the dialog is open, and opening it then
 * re-renders this, not License Status's cards (P2, total blocking time).
 */
function AutoOpenManageLicenses() {
  const session = useQuery(sessionQueries.current());
  useAutoOpenManageLicenses(session.data, useCmsLicenseData());
  return null;
}

/**
 * The dashboard's License Status display (SS-3): clicking anywhere opens Manage Licenses for the Owner.
 * It waits for the session too, so it never shows a card that is not yet clickable.
 */
export function LicenseStatusDisplay() {
  const t = useText();
  const session = useQuery(sessionQueries.current());
  const opener = useManageLicensesOpener();
  const open = () => {
    markNow(PAINT_MARKS.manageLicensesClick);
    opener.open();
  };
  const user = session.data?.user;
  const canManage = user?.role === 'Owner';
  // A click on the card opens the dialog, but not one meant for a control inside it (Retry, the button).
  const openUnlessOnControl = (event: MouseEvent<HTMLElement>) => {
    if (event.target instanceof Element && event.target.closest(CONTROLS)) return;
    open();
  };

  return (
    <Card
      component="section"
      aria-labelledby={HEADING_ID}
      onClick={canManage ? openUnlessOnControl : undefined}
      sx={canManage ? { cursor: 'pointer', '&:hover': { borderColor: 'primary.main' } } : undefined}
    >
      <CardHeader
        title={t('dashboard.status.title')}
        slotProps={{ title: { id: HEADING_ID, component: 'h2', variant: 'h2' } }}
        action={
          canManage ? (
            <Button variant="contained" onClick={() => open()}>
              {t('dashboard.status.manageLicenses')}
            </Button>
          ) : (
            // The button's room, so its arrival moves nothing below (CLS 0, quality P2).
            <Box sx={{ height: ACTION_HEIGHT }} />
          )
        }
      />
      <CardContent sx={{ pt: 0 }}>
        <AutoOpenManageLicenses />
        {user && !canManage && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('dashboard.status.readOnly', {
              name: user.name,
              role: t('common.role', { role: user.role }),
            })}
          </Alert>
        )}
        {session.isError && (
          <ErrorAlert
            title={sessionErrorText(session.error, t).title}
            error={sessionErrorText(session.error, t).error}
            onRetry={() => void session.refetch()}
            retrying={session.isFetching}
          />
        )}
        {session.isPending && <SummariesSkeleton />}
        {user && <Summaries />}
      </CardContent>
    </Card>
  );
}
