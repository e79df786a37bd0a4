/**
 * `errors.<code>` words a cloud refusal by its code; an argument names a value of its `details`.
 * These are the texts other locales translate: an English reader sees the cloud's own message
 * (src/api/errors.ts), so they load on demand (load.ts), not with the first view.
 */
export const refusalsEn = {
  'errors.activation_in_progress':
    'These licenses are being activated right now. Wait until the activation has finished.',
  'errors.already_active': 'This license is already activated on a segment controller.',
  'errors.already_in_cloud':
    'License {licenseId} is no longer activated on this CMS: it is already in the cloud. Nothing was transferred.',
  'errors.bad_signature':
    'This license file’s signature is not valid: it was changed after it was issued, or not issued by the licensing cloud.',
  'errors.clock_not_forward': 'The simulated clock only moves forward: pick a later date.',
  'errors.clock_too_far': 'Move the clock at most ten years at a time.',
  'errors.code_malformed':
    'An activation code is four groups of four letters or digits, like EF7Q-2K9M-XR4D-81NB.',
  'errors.code_unknown': 'This activation code is not known.',
  'errors.code_used': 'This activation code was already used on {usedAt}.',
  'errors.core_license_required':
    '{controller} is a SmartServer Pi without an active core license, so this is not possible. Activate a SmartServer Core license on {controller} first; your partner sells them.',
  'errors.customer_holds_licenses':
    '{name} holds {count, plural, one {# license} other {# licenses}}, so it cannot be deleted. An account is deleted only when it holds none.',
  'errors.customer_not_found': 'No customer was found for what you entered.',
  'errors.customer_not_yours': 'This customer belongs to another partner.',
  'errors.device_not_found': 'No such device on this segment controller.',
  'errors.device_unlicensed': 'This device is unlicensed: activate a capacity license first.',
  'errors.file_already_used':
    'This license file was already used. Each file can be activated once.',
  'errors.file_corrupt': 'This license file is damaged and cannot be read. Ask for a new file.',
  'errors.file_too_large':
    'This file is larger than 1 MiB, so it is not a license file. Choose the .lic file you received.',
  'errors.fleet_role_forbidden':
    'Only Administrators and Managers can manage sensor licenses; you are signed in as {role}.',
  'errors.idempotency_key_reused': 'This request key was already used for a different request.',
  'errors.invalid_customer_id': 'A Customer ID looks like 2133c667-af41-4518-94df-a2bb3b775330.',
  'errors.invalid_eid': 'This is not a License ID (EID).',
  'errors.invalid_email': 'Enter an e-mail address such as name@example.com.',
  'errors.invalid_install_code': 'An install code is 5 groups of 5 characters.',
  'errors.key_not_found': 'No such license key.',
  'errors.license_id_not_customer_id':
    'This is a License ID, not a Customer ID. Find the Customer ID in the License Partner Portal.',
  'errors.license_listed_twice':
    'License {licenseId} is listed more than once: choose one segment controller for it.',
  'errors.license_not_activated': 'This license is not activated on this CMS.',
  'errors.license_not_found': 'No such license in the cloud.',
  'errors.license_not_in_inventory': 'License {licenseId} is not in My Inventory.',
  'errors.license_not_queued': 'That license is not queued on this sensor.',
  'errors.license_not_yours': 'This license belongs to someone else.',
  'errors.license_superseded':
    'License {licenseId} was replaced by {supersededBy}; use the new License ID.',
  'errors.maintenance_required':
    'Re-imaging {controller} from {fromVersion} to {toVersion} needs maintenance that has not expired on {day}, or an unused one-time upgrade license, on {controller}; it has neither. Buy a 1- or 3-year maintenance license or a one-time upgrade license from your partner and activate it on {controller}.',
  'errors.malformed_json': 'The request body is not valid JSON.',
  'errors.no_licenses': 'Choose at least one license.',
  'errors.not_a_license_file':
    'This file is not a license file. Choose the .lic file you received.',
  'errors.not_capacity':
    'License {licenseId} is not a device-capacity license; only capacity licenses go into a file from this portal.',
  'errors.not_customer_license': 'This license has not been transferred to one of your customers.',
  'errors.not_for_platform': 'A core license is for SmartServer Pi only.',
  'errors.not_maintenance': 'This license is not a maintenance license.',
  'errors.not_transferable':
    'Only capacity and maintenance licenses can be transferred to the cloud.',
  'errors.order_device_count': 'Order between 1 and {max, number} devices per license.',
  'errors.order_quantity': 'Order between 1 and {max, number} licenses at a time.',
  'errors.order_kind': 'Remote CMS licenses are sold and activated by Customer Success.',
  'errors.license_administrator_only':
    'Only a license administrator can use the Customer Success console.',
  'errors.nothing_to_return':
    'This segment controller has no capacity or maintenance licenses to return.',
  'errors.remote_cms_size': 'A Remote CMS license is for 5, 10, 25, 50 or 100 segment controllers.',
  'errors.order_term': 'A maintenance license runs 1 or 3 years.',
  'errors.owner_only': 'Only the Owner can manage licenses.',
  'errors.partner_not_found': 'No such partner.',
  'errors.pool_short':
    'Key {keyId} has {available, plural, one {# license} other {# licenses}} left for {requested, plural, one {# sensor} other {# sensors}}. Choose fewer sensors, or add an Activation Code first.',
  'errors.bulk_count_changed':
    'The search and filters now match {matching, plural, one {# sensor} other {# sensors}}, not {expected, number}: the fleet changed meanwhile. Check the table and confirm again.',
  'errors.bulk_empty': 'No sensors were chosen: select sensors, or a filter that matches some.',
  'errors.pool_empty': 'No licenses of key {keyId} are left in the pool.',
  'errors.queued_license_removed':
    'That license is no longer queued on {serial}: it was removed meanwhile, perhaps from another tab.',
  'errors.queued_license_started':
    'That license is no longer queued on {serial}: it has started, and a running license cannot go back to the pool.',
  'errors.scenario_not_found': 'No such scenario.',
  'errors.segment_controller_not_found': 'No such segment controller.',
  'errors.segment_offline':
    'The segment controller is offline and cannot reach the cloud. For a segment controller without Internet access, contact Customer Success with its install code {installCode}.',
  'errors.sensor_not_found': 'No sensor with this serial number in this fleet.',
  'errors.several_customers':
    'These licenses belong to different customers; a license file holds the licenses of one customer. Make one file per customer.',
  'errors.several_license_files':
    'This file holds several license files. Add one license file at a time: each is made for one install code and can be activated once.',
  'errors.unknown_software_version':
    'There is no SmartServer release {version}: choose one of {releases}.',
  'errors.user_not_found': 'No such user.',
  'errors.wrong_install_code':
    'This file was made for install code {fileInstallCode}, but this segment controller has install code {targetInstallCode}. Choose the segment controller the file was made for.',
} as const;
