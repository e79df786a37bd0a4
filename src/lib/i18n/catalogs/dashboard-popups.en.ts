/** English texts of the dashboard's menus, dialogs and toasts, loaded with them (load.ts); the keys every locale must translate. */
export const dashboardPopupsEn = {
  'dashboard.activation.running':
    'License activation: Activating {current, number} of {total, number}…',
  'dashboard.activation.finished':
    '{activated, number} of {total, plural, one {# license} other {# licenses}} activated',
  'dashboard.activation.progress': 'License activation progress',
  'dashboard.activation.show': 'Show',
  'dashboard.activation.details': 'Details',
  'dashboard.activation.dismiss': 'Dismiss',
  'dashboard.lifecycle.reimage': 'Re-image…',
  'dashboard.lifecycle.resetDatabases': 'Reset Databases…',
  'dashboard.lifecycle.restoreFactorySettings': 'Restore Factory Settings…',
  'dashboard.lifecycle.reimageTitle': 'Re-image {controller}',
  'dashboard.lifecycle.reimageIntro':
    '{controller} runs software {version}. Re-imaging installs the release you choose. Every license stays with its dates, and so does the device list.',
  'dashboard.lifecycle.release': 'Software release',
  'dashboard.lifecycle.currentRelease': '{version} (installed)',
  'dashboard.lifecycle.noLicenseNeeded':
    'No license needed: the same or an older release, and releases up to 3.2, are always allowed.',
  'dashboard.lifecycle.maintenanceAllows':
    'Allowed: maintenance on {controller} is in force until {day}, and an upgrade does not use it up.',
  'dashboard.lifecycle.upgradeLicenseUsed':
    'Allowed: this upgrade uses up the one-time upgrade license {licenseId}. Annual maintenance can still be bought for 30 days after it.',
  'dashboard.lifecycle.maintenanceRequired':
    'Upgrading {controller} to {version} needs maintenance that has not expired, or an unused one-time upgrade license, on {controller}; it has neither today (<nowrap>{day}</nowrap>). Buy a 1- or 3-year maintenance license or a one-time upgrade license from your partner and activate it on {controller}.',
  'dashboard.lifecycle.reimageAction': 'Re-image',
  'dashboard.lifecycle.cancel': 'Cancel',
  'dashboard.lifecycle.resetTitle': 'Reset Databases on {controller}?',
  'dashboard.lifecycle.resetText':
    'Reset Databases deletes the device list of {controller} ({devices, plural, one {# device} other {# devices}}). Every license stays activated with its dates. This cannot be undone.',
  'dashboard.lifecycle.resetAction': 'Reset Databases',
  'dashboard.lifecycle.resetDone':
    'The databases of {controller} were reset: its device list is empty. Every license stayed with its dates.',
  'dashboard.lifecycle.restoreTitle': 'Restore Factory Settings on {controller}?',
  'dashboard.lifecycle.restoreText':
    'Restore Factory Settings returns {controller} to its factory settings and deletes its device list ({devices, plural, one {# device} other {# devices}}). Its software release and every license, with its dates, stay. This cannot be undone.',
  'dashboard.lifecycle.restoreAction': 'Restore Factory Settings',
  'dashboard.lifecycle.restoreDone':
    '{controller} was restored to its factory settings: its device list is empty. Every license stayed with its dates.',
} as const;
