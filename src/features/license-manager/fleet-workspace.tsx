import { useCallback, useMemo, useState } from 'react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import MailOutlined from '@mui/icons-material/MailOutlined';
import SensorsOutlined from '@mui/icons-material/SensorsOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Divider from '@mui/material/Divider';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { clockQueries } from '@/api/clock';
import { fleetQueries } from '@/api/fleet';
import type { Sensor } from '@/api/contract/fleet';
import type { SensorStatus } from '@/domain/fleet';
import { ActivationCodeDialog } from '@/features/license-manager/summary/activation-code-dialog';
import { AssignLicenseDialog } from '@/features/license-manager/sensors/assign-license-dialog';
import { ExpiryChartCard } from '@/features/license-manager/summary/expiry-chart-card';
import { AddSensorsDialog } from '@/features/license-manager/onboarding/add-sensors-dialog';
import { ExpiryRecipientsDialog } from '@/features/license-manager/summary/expiry-recipients-dialog';
import { ExportCsvButton } from '@/features/license-manager/sensors/export-csv-button';
import { FleetFilters } from '@/features/license-manager/sensors/fleet-filters';
import { FleetSummary } from '@/features/license-manager/summary/fleet-summary';
import { PoolForecastCard } from '@/features/license-manager/forecast/pool-forecast-card';
import { useFleetUrl } from './fleet-url';
import { BulkToolbar } from '@/features/license-manager/bulk/bulk-toolbar';
import { useSensorSelection } from '@/features/license-manager/bulk/use-sensor-selection';
import { LicensesLeft } from '@/features/license-manager/summary/licenses-left';
import { SensorTableSection } from '@/features/license-manager/sensors/sensor-table-section';
import { SensorPanel } from '@/features/license-manager/sensor-panel/sensor-panel';
import {
  focusAfterAssign,
  rowIndexOfFocus,
} from '@/features/license-manager/sensors/focus-after-assign';
import { useShownSensors } from '@/features/license-manager/sensors/use-shown-sensors';
import { useText } from '@/lib/i18n';
import { useStableCallback } from '@/lib/use-stable-callback';

const NO_KEYS: never[] = [];
const NO_LOCATIONS: never[] = [];

/** LM-2 … LM-9 for an Administrator or a Manager. */
export function FleetWorkspace() {
  const url = useFleetUrl();
  const t = useText();
  const clock = useQuery(clockQueries.current());
  const left = useQuery(fleetQueries.licensesLeft());
  const overview = useQuery(fleetQueries.overview());
  const { query: shownQuery, head } = useShownSensors(url.query);
  const [adding, setAdding] = useState<Sensor | null>(null);
  const [addingFromRow, setAddingFromRow] = useState<string | null>(null);
  const startAdding = useCallback((sensor: Sensor) => {
    setAddingFromRow(rowIndexOfFocus());
    setAdding(sensor);
  }, []);
  const [codeOpen, setCodeOpen] = useState(false);
  const [sensorsOpen, setSensorsOpen] = useState(false);
  const [recipientsOpen, setRecipientsOpen] = useState(false);
  const today = clock.data?.today ?? '';
  const addDisabledReason =
    left.data?.licensesLeft === 0 ? t('fleet.workspace.noLicensesLeft') : null;
  const fleetSize = overview.data?.fleetSize;
  const { search, status, location } = url.query;
  const selection = useSensorSelection(JSON.stringify([search, status, location]));

  // A new search, filter or order re-renders the table, not the cards and chart above it.
  const showStatus = useStableCallback((status: SensorStatus) =>
    url.setQuery({ status, search: '', location: null }),
  );
  const closeSensor = useStableCallback(() => url.openSensor(null));
  // LM-13: the forecast joins the row from 1200 px; below, it takes a row of its own.
  const summaryRow = useMemo(
    () => (
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        spacing={2}
        useFlexGap
        sx={{ flexWrap: { md: 'wrap', lg: 'nowrap' } }}
      >
        <Card variant="outlined" sx={{ flex: '0 0 auto', width: { md: 340 } }}>
          <CardContent>
            <Stack spacing={2}>
              <LicensesLeft data={left.data} />
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                <Button
                  variant="contained"
                  startIcon={<AddOutlined />}
                  onClick={() => setCodeOpen(true)}
                >
                  {t('fleet.workspace.add')}
                </Button>
                <Button startIcon={<MailOutlined />} onClick={() => setRecipientsOpen(true)}>
                  {t('fleet.workspace.expiryEmails')}
                </Button>
              </Stack>
              <Divider />
              {overview.data ? (
                <FleetSummary overview={overview.data} onShow={showStatus} />
              ) : (
                <Skeleton
                  variant="rounded"
                  height={96}
                  role="status"
                  aria-label={t('fleet.workspace.loadingSummary')}
                />
              )}
            </Stack>
          </CardContent>
        </Card>
        <Box sx={{ flex: 1, minWidth: 0, display: 'grid' }}>
          <ExpiryChartCard overview={overview.data} />
        </Box>
        <Box sx={{ flex: { md: '1 1 100%', lg: 1 }, minWidth: 0 }}>
          <PoolForecastCard />
        </Box>
      </Stack>
    ),
    [left.data, overview.data, showStatus, t],
  );
  const locations = overview.data?.locations;
  // The filters show search, status and location: a new order leaves them as they are.
  const setQuery = useStableCallback(url.setQuery);
  const counts = head.data?.counts;
  const filters = useMemo(
    () => (
      <FleetFilters
        query={{ search, status, location }}
        counts={counts}
        locations={locations ?? NO_LOCATIONS}
        onChange={setQuery}
      />
    ),
    [search, status, location, counts, locations, setQuery],
  );
  const openSerial = url.openSerial;
  const keys = left.data?.keys;
  const licensesLeft = left.data?.licensesLeft ?? 0;
  const panelAndDialogs = useMemo(
    () => (
      <>
        <SensorPanel
          serial={openSerial}
          onClose={closeSensor}
          onAdd={setAdding}
          addDisabledReason={addDisabledReason}
        />
        <AssignLicenseDialog
          key={adding?.serial ?? 'none'}
          sensor={adding}
          keys={keys ?? NO_KEYS}
          today={today}
          onClose={() => setAdding(null)}
          onAssigned={(sensor) => focusAfterAssign(sensor.serial, addingFromRow)}
        />
        <ActivationCodeDialog open={codeOpen} onClose={() => setCodeOpen(false)} />
        <AddSensorsDialog
          key={sensorsOpen ? 'open' : 'closed'}
          open={sensorsOpen}
          onClose={() => setSensorsOpen(false)}
          locations={locations ?? NO_LOCATIONS}
          licensesLeft={licensesLeft}
        />
        <ExpiryRecipientsDialog open={recipientsOpen} onClose={() => setRecipientsOpen(false)} />
      </>
    ),
    [
      openSerial,
      closeSensor,
      addDisabledReason,
      adding,
      keys,
      today,
      addingFromRow,
      codeOpen,
      sensorsOpen,
      locations,
      licensesLeft,
      recipientsOpen,
    ],
  );

  return (
    <Stack spacing={2}>
      {summaryRow}
      {filters}
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}
      >
        <Typography variant="body2" color="text.secondary" role="status" sx={{ mr: 'auto' }}>
          {head.data && fleetSize !== undefined
            ? t('fleet.workspace.shownOfFleet', { shown: head.data.total, fleetSize })
            : ' '}
        </Typography>
        <Stack
          direction="row"
          spacing={1}
          useFlexGap
          sx={{ flexWrap: 'wrap', alignItems: 'center' }}
        >
          <BulkToolbar
            selection={selection}
            query={shownQuery}
            matching={head.data?.total}
            keys={left.data?.keys ?? []}
          />
          <Button startIcon={<SensorsOutlined />} onClick={() => setSensorsOpen(true)}>
            {t('fleet.addSensors.open')}
          </Button>
          <ExportCsvButton query={shownQuery} today={today} total={head.data?.total} />
        </Stack>
      </Stack>
      <SensorTableSection
        head={head}
        query={shownQuery}
        fleetSize={fleetSize}
        onAdd={startAdding}
        addDisabledReason={addDisabledReason}
        selection={selection}
      />
      {panelAndDialogs}
    </Stack>
  );
}
