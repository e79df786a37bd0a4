import { Suspense, useId, useState } from 'react';
import Button from '@mui/material/Button';
import ExpandMoreOutlined from '@mui/icons-material/ExpandMoreOutlined';
import type { SegmentController } from '@/api/contract/segment-controllers';
import { maintenanceBuyableUntil } from '@/domain/requirements';
import { useCmsLicenseData } from '@/features/manage-licenses/status/use-cms-license-data';
import { useDates, useText } from '@/lib/i18n';
import { preloadable, useOpenOnceLoaded } from '@/lib/preloadable';
import type { ClearDevicesAction } from './clear-devices-dialog';

// The menu, the dialogs and their forms are not part of the dashboard's first load (P1): pointing
// at the button fetches the menu, opening it fetches the dialogs, so an item finds them loaded.
const reimageDialog = preloadable(() => import('./reimage-dialog').then((m) => m.ReimageDialog));
const clearDevicesDialog = preloadable(() =>
  import('./clear-devices-dialog').then((m) => m.ClearDevicesDialog),
);
const preloadDialogs = () => Promise.all([reimageDialog.preload(), clearDevicesDialog.preload()]);
const segmentActionsMenu = preloadable(() =>
  import('./segment-actions-menu').then((m) => m.SegmentActionsMenu),
);

type OpenDialog = 'reimage' | ClearDevicesAction | null;

interface SegmentActionsProps {
  controller: SegmentController;
  /** What was done, in a sentence, for the page to announce. */
  onOutcome: (message: string) => void;
}

/** SS-70: the Owner's menu of a segment controller: Re-image, Reset Databases, Restore Factory Settings. */
export function SegmentActions({ controller, onOutcome }: SegmentActionsProps) {
  const t = useText();
  const { day } = useDates();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  // Mounted from the first opening on, so a closing dialog plays its exit.
  const menu = useOpenOnceLoaded(segmentActionsMenu.preload);
  const [used, setUsed] = useState(false);
  const data = useCmsLicenseData().data;
  const open = (which: OpenDialog) => {
    setAnchor(null);
    setDialog(which);
    setUsed(true);
  };
  const name = controller.name;

  return (
    <>
      <Button
        variant="outlined"
        endIcon={<ExpandMoreOutlined />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        aria-label={t('dashboard.lifecycle.menuLabel', { controller: name })}
        {...menu.triggerProps}
        onClick={(event) => {
          const button = event.currentTarget;
          void preloadDialogs();
          menu.open(() => setAnchor(button));
        }}
      >
        {t('dashboard.lifecycle.menu')}
      </Button>
      {menu.mounted && (
        <Suspense fallback={null}>
          <segmentActionsMenu.Component
            id={menuId}
            anchor={anchor}
            canReimage={Boolean(data)}
            onChoose={open}
            onClose={() => setAnchor(null)}
          />
        </Suspense>
      )}
      {used && (
        <Suspense fallback={null}>
          {data && (
            <reimageDialog.Component
              open={dialog === 'reimage'}
              controller={controller}
              licenses={data.licenses}
              today={data.today}
              onClose={() => setDialog(null)}
              onDone={({ segmentController, usedUpgradeLicenseId }) => {
                setDialog(null);
                const version = segmentController.softwareVersion;
                onOutcome(
                  usedUpgradeLicenseId
                    ? t('dashboard.lifecycle.reimagedWithUpgrade', {
                        controller: name,
                        version,
                        licenseId: usedUpgradeLicenseId,
                        day: day(maintenanceBuyableUntil({ date: data.today, toVersion: version })),
                      })
                    : t('dashboard.lifecycle.reimaged', { controller: name, version }),
                );
              }}
            />
          )}
          {(['reset-databases', 'restore-factory-settings'] as const).map((action) => (
            <clearDevicesDialog.Component
              key={action}
              action={action}
              open={dialog === action}
              controller={controller}
              onClose={() => setDialog(null)}
              onDone={(message) => {
                setDialog(null);
                onOutcome(message);
              }}
            />
          ))}
        </Suspense>
      )}
    </>
  );
}
