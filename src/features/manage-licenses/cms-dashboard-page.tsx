import EventRepeatOutlined from '@mui/icons-material/EventRepeatOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { sessionQueries } from '@/api/session';
import { PageHeader } from '@/components/page-header';
import { plannerPage } from './planner/lazy-planner-page';
import { ActivationJobNotice } from '@/features/manage-licenses/activation/activation-job-notice';
import { DevicesPanel } from '@/features/manage-licenses/devices/devices-panel';
import {
  LicenseStatusDisplay,
  useLicenseStatusSettled,
} from '@/features/manage-licenses/status/license-status-display';
import { ManageLicensesDialog } from '@/features/manage-licenses/dialog/manage-licenses-dialog';
import { useText } from '@/lib/i18n';

export function CmsDashboardPage() {
  const t = useText();
  const session = useQuery(sessionQueries.current());
  const user = session.data?.user;
  const statusSettled = useLicenseStatusSettled();
  return (
    <>
      <PageHeader
        title={t('dashboard.page.title')}
        subtitle={
          user
            ? t('dashboard.page.signedInAs', {
                name: user.name,
                role: t('common.role', { role: user.role }),
              })
            : t('dashboard.page.product')
        }
        actions={
          <Button
            component={Link}
            href="/planner"
            onPointerEnter={() => void plannerPage.preload()}
            onFocus={() => void plannerPage.preload()}
            variant="outlined"
            startIcon={<EventRepeatOutlined />}
          >
            {t('dashboard.page.openPlanner')}
          </Button>
        }
      />
      <LicenseStatusDisplay />
      {/* Mounted (its reads start now) but shown once License Status above has its final height, so
          its cards arriving push nothing down (CLS 0, quality P2). */}
      <Box sx={statusSettled ? undefined : { display: 'none' }}>
        <DevicesPanel sx={{ mt: 3 }} />
      </Box>
      <ManageLicensesDialog />
      <ActivationJobNotice />
    </>
  );
}
