/**
 * English texts of the CMS that the dashboard's first load uses (the dialog's frame, the activation
 * notice); its views' texts are in cms-dialog.en.ts. The keys every locale must translate.
 */
export const cmsEn = {
  // The Manage Licenses dialog's frame
  'cms.dialog.title': 'Manage Licenses',
  'cms.dialog.titleWithView': 'Manage Licenses<light> · {view}</light>',
  'cms.dialog.viewLoading': 'Loading the view',
  'cms.dialog.back': 'Back',
  'cms.dialog.close': 'Close',
  'cms.dialog.view.customerAccounts': 'Manage Customer Accounts',
  'cms.dialog.view.download': 'Download Licenses from the Cloud',
  'cms.dialog.view.addLicense': 'Add License',
  'cms.dialog.view.notifications': 'Edit Notifications',
  'cms.dialog.view.outbox': 'Sent notifications',
  'cms.unsaved.title': 'Discard unsaved changes?',
  'cms.unsaved.discard': 'Discard changes',
  'cms.unsaved.keepEditing': 'Keep editing',
  'cms.unsaved.body': 'You changed values that are not saved. Leaving now discards them.',

  // Any segment controller the cloud no longer knows
  'cms.segmentControllers.unknown': 'Unknown segment controller',

  // The notice of a running Download Licenses from the Cloud
  'cms.download.progress.running': 'Activating {current, number} of {total, number}…',
  'cms.download.progress.done':
    '{activated, number} of {total, plural, one {# license} other {# licenses}} activated',
} as const;
