import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { SupportController } from '@/api/contract/customer-success';
import { SuccessToast } from '@/components/success-toast';
import { useDates, useText } from '@/lib/i18n';
import { DetailFacts } from './detail-facts';
import { ReturnLicensesDialog } from './return-licenses-dialog';
import { returnableLicenses } from './returnable-licenses';
import { SupportLicensesTable } from './support-licenses-table';
import type { useSupportUrl } from './support-url';

interface ControllerPanelProps {
  controller: SupportController;
  url: ReturnType<typeof useSupportUrl>;
}

/** CS-2: a segment controller found by install code, online or not, and its RMA. */
export function ControllerPanel({ controller, url }: ControllerPanelProps) {
  const t = useText();
  const dates = useDates();
  const [returning, setReturning] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const nothingToReturn = returnableLicenses(controller).length === 0;
  const returned = controller.licensesReturned;
  return (
    <Stack spacing={2}>
      <Typography variant="h2">
        {t('support.controller.heading', { name: controller.name })}
      </Typography>
      {returned && (
        <Alert severity="info">
          {t('support.controller.returned', {
            reference: returned.reference,
            date: dates.day(returned.date),
          })}
        </Alert>
      )}
      <DetailFacts
        facts={[
          { label: t('support.controller.installCode'), value: controller.installCode },
          { label: t('support.controller.platform'), value: controller.platform },
          { label: t('support.controller.software'), value: controller.softwareVersion },
          {
            label: t('support.controller.state'),
            value: t('support.controller.online', { online: controller.online ? 'yes' : 'no' }),
          },
          {
            label: t('support.controller.account'),
            value: controller.customerId ? (
              <Link
                component="button"
                type="button"
                onClick={() => controller.customerId && url.openAccount(controller.customerId)}
                aria-label={t('support.controller.openAccount', {
                  name: controller.customerName ?? controller.customerId,
                })}
                sx={{ textAlign: 'start', wordBreak: 'break-all' }}
              >
                {t('support.controller.accountValue', {
                  name: controller.customerName ?? '',
                  id: controller.customerId,
                })}
              </Link>
            ) : (
              t('support.controller.noAccount')
            ),
          },
        ]}
      />
      <Stack direction="row" spacing={1}>
        <Button variant="contained" disabled={nothingToReturn} onClick={() => setReturning(true)}>
          {t('support.controller.returnAction')}
        </Button>
      </Stack>
      {nothingToReturn && (
        <Typography variant="body2" color="text.secondary">
          {t('support.controller.nothingToReturn')}
        </Typography>
      )}
      <Typography variant="h3" component="h3">
        {t('support.controller.licenses')}
      </Typography>
      {controller.licenses.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('support.controller.noLicenses')}
        </Typography>
      ) : (
        <SupportLicensesTable
          licenses={controller.licenses}
          label={t('support.controller.licenses')}
        />
      )}
      <ReturnLicensesDialog
        controller={controller}
        open={returning}
        onClose={() => setReturning(false)}
        onReturned={(count, reference) => {
          setReturning(false);
          setDone(t('support.return.done', { count, name: controller.name, reference }));
        }}
      />
      <SuccessToast
        message={done}
        closeText={t('support.toast.close')}
        onClose={() => setDone(null)}
      />
    </Stack>
  );
}
