import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { SensorEvent, SensorEventKind } from '@/api/contract/fleet';
import { useDates, useText, type MessageId } from '@/lib/i18n';

const EVENT_TEXT: Record<SensorEventKind, MessageId> = {
  added: 'fleet.sensorPage.event.added',
  assigned: 'fleet.sensorPage.event.assigned',
  queued: 'fleet.sensorPage.event.queued',
  started: 'fleet.sensorPage.event.started',
  renewed: 'fleet.sensorPage.event.renewed',
  removed: 'fleet.sensorPage.event.removed',
  expired: 'fleet.sensorPage.event.expired',
  autoRenewalOn: 'fleet.sensorPage.event.autoRenewalOn',
  autoRenewalOff: 'fleet.sensorPage.event.autoRenewalOff',
};

/** LM-14: what happened to the sensor's licenses, newest first, each with its day. */
export function SensorEvents({ events }: { events: readonly SensorEvent[] }) {
  const t = useText();
  const dates = useDates();
  if (events.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('fleet.sensorPage.noEvents')}
      </Typography>
    );
  }
  const day = (iso: string | null) => (iso === null ? '' : dates.day(iso));
  return (
    <List dense disablePadding aria-label={t('fleet.sensorPage.eventsLabel')}>
      {events.map((event, i) => (
        <ListItem key={`${event.day}:${event.kind}:${i}`} divider={i < events.length - 1}>
          <ListItemText
            primary={t(EVENT_TEXT[event.kind], {
              key: event.keyId ?? '',
              start: day(event.startDate),
              end: day(event.endDate),
            })}
            secondary={dates.day(event.day)}
          />
        </ListItem>
      ))}
    </List>
  );
}
