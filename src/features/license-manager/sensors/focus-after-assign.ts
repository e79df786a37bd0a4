// Marked in the markup, not found by their names, which follow the user's language.
const ADD_BUTTON = '[data-add-license] button';

/** Where focus was when "+" was pressed: the table row's position, if it was in the table. */
export function rowIndexOfFocus(): string | null {
  const row = document.activeElement?.closest('tr[aria-rowindex]');
  return row?.getAttribute('aria-rowindex') ?? null;
}

/**
 * UX-2: after "+" the sensor may have moved in the sorted table, out of the rows in view, and its
 * button with it; focus would then fall to the page. It goes instead to that sensor's "+" where it
 * is now, else to the "+" of the row that took its place, else to the table's search box.
 */
export function focusAfterAssign(serial: string, rowIndex: string | null): void {
  // Two frames: the dialog returns focus to its opener first when the opener is still there.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const current = document.activeElement;
      if (current && current !== document.body) return;
      const table = document.querySelector('table[data-sensor-table]');
      const target =
        table?.querySelector<HTMLElement>(
          `tr[data-serial="${CSS.escape(serial)}"] ${ADD_BUTTON}`,
        ) ??
        (rowIndex === null
          ? null
          : table?.querySelector<HTMLElement>(`tr[aria-rowindex="${rowIndex}"] ${ADD_BUTTON}`)) ??
        document.querySelector<HTMLElement>('input[type="search"]');
      target?.focus();
    }),
  );
}
