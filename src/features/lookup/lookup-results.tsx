import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { LookupApp, LookupGroup, LookupHit, LookupResult } from '@/api/contract/lookup';
import { useText, type MessageId } from '@/lib/i18n';

/** Each app by the name its tab in the top bar has. */
export const APP_NAMES: Record<LookupApp, MessageId> = {
  cms: 'shell.area.cms',
  partner: 'shell.area.partner',
  customer: 'shell.area.customer',
  fleet: 'shell.area.fleet',
  support: 'shell.area.support',
};

interface Option {
  group: LookupGroup;
  item: LookupHit;
  /** Where Enter takes the user: the record itself, or a license's History (AU-1). */
  href: string;
  history: boolean;
}

/** The results in the order ↑/↓ walks them: group after group, a license's History after it. */
export function flatten(data: LookupResult | undefined): Option[] {
  return (data?.groups ?? []).flatMap((group) =>
    group.items.flatMap((item) => [
      { group, item, href: item.href, history: false },
      ...(item.historyHref ? [{ group, item, href: item.historyHref, history: true }] : []),
    ]),
  );
}

export const optionId = (listboxId: string, at: number) => `${listboxId}-option-${at}`;

interface LookupResultsProps {
  id: string;
  data: LookupResult | undefined;
  active: number;
  /** The next keystroke's answer is on its way: these stay, marked busy. */
  busy: boolean;
  onHover: (at: number) => void;
  onOpen: (href: string) => void;
}

function ResultText({ item }: { item: LookupHit }) {
  const t = useText();
  const secondary = [item.label === item.id ? '' : item.id, item.detail].filter(Boolean);
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
        {item.label}
      </Typography>
      {secondary.length > 0 && (
        <Typography variant="caption" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
          {secondary.join(' · ')}
        </Typography>
      )}
      {item.replaces && (
        <Typography variant="caption" color="warning.main" sx={{ display: 'block' }}>
          {t('lookup.replaces', { old: item.replaces })}
        </Typography>
      )}
    </>
  );
}

function HistoryText({ licenseId }: { licenseId: string }) {
  const t = useText();
  return (
    <Typography
      variant="caption"
      color="text.secondary"
      sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}
    >
      <HistoryOutlined sx={{ fontSize: 16 }} aria-hidden />
      {t('history.open', { licenseId })}
    </Typography>
  );
}

/** AU-2: the grouped results, a listbox the field points into (aria-activedescendant). */
export function LookupResults({ id, data, active, busy, onHover, onOpen }: LookupResultsProps) {
  const t = useText();
  const groups = data?.groups ?? [];
  if (groups.length === 0) return busy ? <LinearProgress aria-label={t('lookup.busy')} /> : null;
  const options = flatten(data);
  return (
    <Box sx={{ position: 'relative' }}>
      {busy && (
        <LinearProgress
          aria-label={t('lookup.busy')}
          sx={{ position: 'absolute', top: -8, left: 0, right: 0 }}
        />
      )}
      <Box id={id} role="listbox" aria-label={t('lookup.results')} aria-busy={busy}>
        {groups.map((group) => {
          const headingId = `${id}-${group.app}-${group.kind}`;
          const heading = t('lookup.group', { kind: group.kind, app: t(APP_NAMES[group.app]) });
          return (
            <Box key={headingId} role="group" aria-labelledby={headingId} sx={{ mb: 1.5 }}>
              <Typography id={headingId} variant="overline" color="text.secondary" component="div">
                {heading}
              </Typography>
              {options.map((option, index) =>
                option.group === group ? (
                  <Box
                    key={option.href}
                    id={optionId(id, index)}
                    role="option"
                    aria-selected={index === active}
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseEnter={() => onHover(index)}
                    onClick={() => onOpen(option.href)}
                    sx={{
                      px: 1.5,
                      py: option.history ? 0.25 : 0.75,
                      pl: option.history ? 3 : 1.5,
                      borderRadius: 1,
                      cursor: 'pointer',
                      bgcolor: index === active ? 'action.selected' : undefined,
                      outline: index === active ? 2 : 0,
                      outlineColor: 'primary.main',
                    }}
                  >
                    {option.history ? (
                      <HistoryText licenseId={option.item.id} />
                    ) : (
                      <ResultText item={option.item} />
                    )}
                  </Box>
                ) : null,
              )}
              {group.total > group.items.length && (
                <Typography variant="caption" color="text.secondary" sx={{ px: 1.5 }}>
                  {t('lookup.more', { shown: group.items.length, total: group.total })}
                </Typography>
              )}
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
