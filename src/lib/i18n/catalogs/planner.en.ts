/** English texts of the CMS's renewal and coverage planner (PL-1); the keys every locale must translate. */
export const plannerEn = {
  'planner.page.title': 'Renewal and coverage planner',
  'planner.page.subtitle':
    'Maintenance on every segment controller for the next 12 months, {today} to {last}',
  'planner.page.back': 'Back to the dashboard',
  'planner.page.loading': 'Loading the planner',
  'planner.page.loadFailed': 'The planner could not be loaded',
  'planner.page.empty':
    'Nothing to plan yet: no capacity or maintenance license is activated on a segment controller or waiting in the cloud.',

  'planner.summary.covered':
    '{count, plural, one {The segment controller stays} other {All # segment controllers stay}} covered for the next 12 months.',
  'planner.summary.short':
    '{short, plural, one {# of {count, number} segment controllers lacks} other {# of {count, number} segment controllers lack}} maintenance within the next 12 months: {devices, plural, one {# device} other {# devices}} to order.',

  'planner.timeline.title': 'Maintenance timeline',
  'planner.timeline.explained':
    'Each bar is a maintenance license, from the start of its clock to its expiry; a red band marks devices without maintenance. The table below says the same in words.',
  'planner.timeline.today': 'Today',
  'planner.timeline.legendKept': 'Maintenance',
  'planner.timeline.legendActivated': 'Activated in the plan',
  'planner.timeline.legendGone': 'Transferred or let expire in the plan',
  'planner.timeline.legendShort': 'Devices without maintenance',

  'planner.table.label': 'Coverage per segment controller',
  'planner.table.controller': 'Segment Controller',
  'planner.table.today': 'Today',
  'planner.table.later': 'After each expiry',
  'planner.table.order': 'To order',
  'planner.table.noExpiry': 'No maintenance expires within 12 months.',
  'planner.table.from': 'From {date}:',
  'planner.table.noCapacity': 'No capacity licensed',
  'planner.table.nothingToOrder': 'Nothing',
  'planner.table.orderCell': '{devices, number} devices, activate by {date}',
  'planner.table.shortfall': 'Shortfall',

  'planner.order.title': 'To stay covered for 12 months, order:',
  'planner.order.none': 'Nothing: every segment controller stays covered for the next 12 months.',
  'planner.order.line':
    '{controller}: {devices, number}-device {years, number}-year maintenance, activate by {date} (covers until {until})',
  'planner.order.export': 'Export CSV',
  'planner.order.nothingToExport': 'There is nothing to order, so there is nothing to export.',
  'planner.csv.controller': 'Segment controller',
  'planner.csv.kind': 'Kind',
  'planner.csv.maintenance': 'Maintenance',
  'planner.csv.devices': 'Devices',
  'planner.csv.term': 'Term (years)',
  'planner.csv.activateBy': 'Activate by',
  'planner.csv.coversUntil': 'Covers until',

  'planner.whatIf.toggle': 'What-if',
  'planner.whatIf.intro':
    'Choose a step for each license: the timeline, the coverage and the order change as you choose. Nothing changes in the cloud until you carry out the plan.',
  'planner.whatIf.activatedTitle': 'Activated licenses',
  'planner.whatIf.waitingTitle': 'Waiting in the cloud',
  'planner.whatIf.license': 'License',
  'planner.whatIf.controller': 'Segment Controller',
  'planner.whatIf.expires': 'Expires',
  'planner.whatIf.step': 'Step',
  'planner.whatIf.stepFor': 'Step for {license}',
  'planner.whatIf.keep': 'Keep',
  'planner.whatIf.transfer': 'Transfer to the cloud',
  'planner.whatIf.letExpire': 'Let expire (no renewal ordered)',
  'planner.whatIf.leave': 'Leave in the cloud',
  'planner.whatIf.activateOn': 'Activate on {controller}',
  'planner.whatIf.never': 'Never',
  'planner.whatIf.noWaiting': 'No license is waiting in the cloud for a saved Customer ID.',
  'planner.whatIf.waitingOwnerOnly':
    'Only the Owner can see the licenses waiting in the cloud, so this plan can transfer or let expire, not activate.',
  'planner.whatIf.clear': 'Clear the plan',

  'planner.carryOut.button': 'Carry out the plan',
  'planner.carryOut.ownerOnly': 'Only the Owner can carry out a plan; you are signed in as {role}.',
  'planner.carryOut.nothing': 'Choose a license to activate or transfer first.',
  'planner.carryOut.offline':
    '{controller} is offline and cannot reach the cloud, so the plan cannot be carried out. Connect it, or leave its licenses out of the plan.',
  'planner.carryOut.title': 'Carry out the plan?',
  'planner.carryOut.intro': 'These steps are carried out together, or none of them:',
  'planner.carryOut.activate': 'Activate {license} on {controller}',
  'planner.carryOut.transfer': 'Transfer {license} from {controller} to the cloud',
  'planner.carryOut.letExpire':
    'Let {license} on {controller} expire on {date} (nothing changes in the cloud)',
  'planner.carryOut.confirm': 'Carry out',
  'planner.carryOut.cancel': 'Cancel',
  'planner.carryOut.failed': 'The plan was not carried out: nothing changed',
  'planner.carryOut.done':
    'Plan carried out: {activated, plural, one {# license} other {# licenses}} activated, {transferred, plural, one {# license} other {# licenses}} transferred to the cloud.',
} as const;
