/** English texts of the lookup's button (AU-2, Ctrl+K in every app); the dialog's are in lookup-dialog.en.ts. */
export const lookupEn = {
  'lookup.open': 'Look up',
  'lookup.openLabel': 'Look up an ID or name',
  'lookup.shortcut': '{mac, select, true {⌘K} other {Ctrl+K}}',
};
