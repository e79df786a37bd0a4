import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { Link } from 'wouter';
import { PageHeader } from '@/components/page-header';
import { QueryView } from '@/components/query-view';
import { nothingToPlan } from '@/domain/planner';
import { useText } from '@/lib/i18n';
import { PlannerWorkspace } from './planner-workspace';
import { usePlannerData } from './use-planner-data';

/** PL-1: the CMS's renewal and coverage planner at `/planner`, in the CMS area. */
export function PlannerPage() {
  const t = useText();
  const query = usePlannerData();
  return (
    <Stack spacing={1}>
      <Button
        component={Link}
        href="/"
        startIcon={<ArrowBackOutlined />}
        sx={{ alignSelf: 'flex-start' }}
      >
        {t('planner.page.back')}
      </Button>
      <PageHeader title={t('planner.page.title')} />
      <QueryView
        query={query}
        pending={<LinearProgress aria-label={t('planner.page.loading')} />}
        errorTitle={t('planner.page.loadFailed')}
        isEmpty={nothingToPlan}
        empty={<Alert severity="info">{t('planner.page.empty')}</Alert>}
      >
        {(data) => <PlannerWorkspace data={data} />}
      </QueryView>
    </Stack>
  );
}
