import { useCallback, useState } from 'react';
import type { ActivationItem } from '@/api/contract/activations';
import { destinationOf, isInProgress, type DownloadRow } from './download-rows';
import type { PlannedActivation } from './selection-warnings';

function toggled(selection: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(selection);
  if (!next.delete(key)) next.add(key);
  return next;
}

/**
 * SS-32, SS-76: which licenses are selected and where each goes. A row can be selected only when a
 * segment controller that saved its Customer ID is online and no job is activating it, so Select
 * all picks only what the cloud can do.
 */
export function useDownloadSelection(
  rows: readonly DownloadRow[],
  items: ReadonlyMap<string, ActivationItem>,
) {
  const [selection, setSelection] = useState<ReadonlySet<string>>(() => new Set());
  const [choices, setChoices] = useState<ReadonlyMap<string, string>>(() => new Map());

  const onToggle = useCallback((key: string) => setSelection((prev) => toggled(prev, key)), []);
  const onChoose = useCallback(
    (licenseId: string, segmentControllerId: string) =>
      setChoices((prev) => new Map(prev).set(licenseId, segmentControllerId)),
    [],
  );
  const destination = useCallback(
    (row: DownloadRow) => destinationOf(row, choices.get(row.key)),
    [choices],
  );

  const canSelect = (row: DownloadRow) =>
    destination(row) !== null && !isInProgress(items.get(row.key));
  const selectable = rows.filter(canSelect);
  const selected = rows.filter((row) => selection.has(row.key));
  const planned: PlannedActivation[] = selectable.flatMap((row) => {
    const to = destination(row);
    return selection.has(row.key) && to ? [{ row, destination: to }] : [];
  });
  const allSelected = selectable.length > 0 && planned.length === selectable.length;

  const selectAll = {
    checked: allSelected,
    indeterminate: planned.length > 0 && !allSelected,
    disabled: selectable.length === 0,
    onToggle: () =>
      setSelection((prev) => {
        const next = new Set(prev);
        for (const row of selectable) {
          if (allSelected) next.delete(row.key);
          else next.add(row.key);
        }
        return next;
      }),
  };

  return {
    selection,
    selectedCount: selected.length,
    planned,
    selectAll,
    destination,
    onToggle,
    onChoose,
  };
}
