/** English texts of the CMS dashboard (License Status, Devices, activation notice); the keys are the ids every locale must translate. */
export const dashboardEn = {
  'dashboard.page.title': 'CMS Dashboard',
  'dashboard.page.signedInAs': 'Signed in as {name} ({role})',
  'dashboard.page.openPlanner': 'Renewal planner',
  'dashboard.page.product': 'SmartServer CMS',
  'dashboard.sessionError.unreachable.title': 'The licensing cloud cannot be reached',
  'dashboard.sessionError.unreachable.message':
    'Check the network connection and try again. Nothing is lost: the license status shows as soon as the cloud answers.',
  'dashboard.sessionError.expired.title': 'Your session has expired',
  'dashboard.sessionError.expired.message': 'Sign in again to continue.',
  'dashboard.sessionError.unchecked.title': 'Your sign-in could not be checked',
  'dashboard.status.title': 'License Status',
  'dashboard.status.manageLicenses': 'Manage Licenses',
  'dashboard.status.readOnly':
    'Read only: only the Owner can manage licenses. You are signed in as {name} ({role}).',
  'dashboard.status.loadError': 'License status could not be loaded',
  'dashboard.status.lastLoaded': 'Showing the license status as last loaded.',
  'dashboard.status.online': 'Online',
  'dashboard.status.offline': 'Offline',
  'dashboard.status.platformSoftware': '{platform} · software {version}',
  'dashboard.status.licensedDevices': 'Licensed devices',
  'dashboard.status.licensedOfDevices': '{licensed, number} / {devices, number}',
  'dashboard.status.meterLabel': '{name}: {licensed, number} of {devices, number} devices licensed',
  'dashboard.status.meterValue':
    '{licensed, number} of {devices, number} devices licensed; {summary}',
  'dashboard.status.noDevicesYet': 'No devices yet · capacity {capacity, number}',
  'dashboard.status.allLicensed': 'All licensed · capacity {capacity, number}',
  'dashboard.status.someUnlicensed':
    '{unlicensed, plural, one {# device} other {# devices}} unlicensed · capacity {capacity, number}',
  'dashboard.status.maintenance': 'Maintenance',
  'dashboard.status.covers': 'Covers {covered, number} of {capacity, number}',
  'dashboard.status.noCapacityToCover': 'No capacity to cover',
  'dashboard.status.noMaintenance': 'None',
  'dashboard.status.active': 'Active',
  'dashboard.status.expiring': 'Expiring {day}',
  'dashboard.status.expired': 'Expired {day}',
  'dashboard.status.used': 'Used {day} (upgrade to {version})',
  'dashboard.findings.noCoreLicense':
    'SmartServer Pi without a core license: nothing on it works until one is activated.',
  'dashboard.findings.unlicensed':
    '{unlicensed, number} of {devices, number} devices are unlicensed: capacity is {capacity, number}.',
  'dashboard.findings.featureReleasesNeedMaintenance':
    'Feature releases need valid maintenance or a one-time upgrade license.',
  'dashboard.findings.maintenanceAfterUpgrade':
    'The one-time upgrade license was used on {used} (upgrade to {version}); annual maintenance can still be bought until {day}.',
  'dashboard.findings.upgradeAllowsNextRelease':
    'An unused one-time upgrade license allows the next feature release.',
  'dashboard.findings.noLicenseNeeded': 'No license needed (software 3.2 or earlier).',
  'dashboard.findings.licensesReturned':
    'Licenses returned by Customer Success ({reference}, {day})',
  'dashboard.remoteCms.headline':
    'Remote CMS: up to {limit, plural, one {# segment controller} other {# segment controllers}}, {expired, select, yes {expired} other {expires}} {day}',
  'dashboard.remoteCms.overLimit':
    'This CMS has {controllers, plural, one {# segment controller} other {# segment controllers}}; its Remote CMS license allows {limit, number}.',
  'dashboard.remoteCms.expiring':
    'The Remote CMS license expires on {day} ({daysLeft, plural, =0 {today} one {# day left} other {# days left}}); contact Customer Success to renew it.',
  'dashboard.remoteCms.expired':
    'The Remote CMS license expired on {day}; contact Customer Success to renew it.',
  'dashboard.devices.title': 'Devices',
  'dashboard.devices.subtitle':
    'Provisioned, unprovisioned and unlicensed devices per segment controller',
  'dashboard.devices.waitingForSignIn': 'Devices show once your sign-in is checked.',
  'dashboard.devices.loadError': 'Devices could not be loaded',
  'dashboard.devices.noSegmentControllers': 'No segment controllers.',
  'dashboard.devices.loading': 'Loading devices',
  'dashboard.devices.readOnly':
    'Read only: only the Owner can provision devices. You are signed in as {name} ({role}).',
  'dashboard.devices.segmentControllerTabs': 'Segment controller',
  'dashboard.devices.legendLabel': 'Device states on {controller}',
  'dashboard.devices.state.provisioned': 'Provisioned',
  'dashboard.devices.state.provisionedDescription': 'Licensed and in use',
  'dashboard.devices.state.unprovisioned': 'Unprovisioned',
  'dashboard.devices.state.unprovisionedDescription': 'Licensed, waiting to be provisioned',
  'dashboard.devices.state.unlicensed': 'Unlicensed',
  'dashboard.devices.state.unlicensedDescription': 'Beyond the licensed capacity',
  'dashboard.devices.countOn': '{count, plural, one {# device} other {# devices}} on {controller}',
  'dashboard.devices.beyondCapacity': '{count, number} beyond the licensed capacity',
  'dashboard.devices.provisionedCount':
    '{count, plural, one {# device} other {# devices}} provisioned',
  'dashboard.devices.provisioningStatus': 'Provisioning',
  'dashboard.devices.manageLicenses': 'Manage Licenses',
  'dashboard.devices.manageLicensesFor': 'Manage Licenses for {controller}',
  'dashboard.devices.provisionAll': 'Provision all ({count, number})',
  'dashboard.devices.noDevicesOn': 'No devices on {controller}',
  'dashboard.devices.tableRegion': 'Device list of {controller}',
  'dashboard.devices.tableLabel': 'Devices on {controller}',
  'dashboard.devices.column.device': 'Device',
  'dashboard.devices.column.protocol': 'Protocol',
  'dashboard.devices.column.state': 'State',
  'dashboard.devices.column.action': 'Action',
  'dashboard.devices.licenseHint': 'Activate a capacity license to license this device',
  'dashboard.devices.waitingForOwner': 'Waiting for the Owner to provision it',
  'dashboard.devices.provision': 'Provision',
  'dashboard.devices.provisionDevice': 'Provision {device}',
  'dashboard.core.title': 'Core license required',
  'dashboard.core.text':
    '{controller} is a SmartServer Pi without an active core license: nothing works on it, and the cloud refuses its capacity licenses and device provisioning, until one is activated. Get a SmartServer Core license from your partner, then activate it on {controller} with Download Licenses from the Cloud, or with Add License from a license file.',
  'dashboard.lifecycle.menu': 'Segment controller actions',
  'dashboard.lifecycle.menuLabel': 'Actions for {controller}',
  'dashboard.lifecycle.reimaged':
    '{controller} now runs software {version}. Every license stayed with its dates.',
  'dashboard.lifecycle.reimagedWithUpgrade':
    '{controller} now runs software {version}. It used up the one-time upgrade license {licenseId}; annual maintenance can still be bought until {day}.',
  'dashboard.lifecycle.dismiss': 'Dismiss',
  'dashboard.lifecycle.outcomeLabel': 'Segment controller actions',
} as const;
