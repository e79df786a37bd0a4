import type { ErrorBody } from '@/api/contract/common';
import {
  FILE_TOO_LARGE_MESSAGE,
  MAX_LICENSE_FILE_BYTES,
  type LicenseFileActivation,
  type LicenseFilePreview,
} from '@/api/contract/license-files';
import { installCodeSchema } from '@/api/contract/segment-controllers';
import { findController } from './access';
import { coreLicenseRequired, lacksCoreLicense } from './core-license';
import { listActivatedLicenses } from './cms-licenses';
import { relicenseDevices } from './devices';
import { notifyMaintenanceActivated } from './notifications';
import { activationInProgress, isBeingActivated } from './running-jobs';
import { CloudError } from './errors';
import {
  issuerRefusal,
  severalCustomersRefusal,
  unsoldProblem,
  type FileIssuer,
} from './license-holder';
import {
  BEGIN_LINE,
  canonicalPayload,
  filePayloadSchema,
  formatFile,
  fromBase64Url,
  hasFrame,
  headerFor,
  splitSections,
  toBase64Url,
  type FilePayload,
} from './license-file-format';
import type { CloudState, LicenseRecord, SegmentControllerRecord } from './state';

/**
 * SIMULATION KEY, NOT A SECRET: the simulated cloud signs offline files with this fixed ECDSA P-256
 * pair so a file issued in one browser verifies after a reload, in tests and on another machine.
 * A real cloud keeps its private key in an HSM and ships only the public key.
 */
const SIMULATION_KEY = {
  kty: 'EC',
  crv: 'P-256',
  x: 'Wh_q5JGSeXogotPNT1B5-GRFjcSAZPpUY8-saFk62sY',
  y: 'm6gOj82J7nci8bI88RQu88n8tOKDS9Vy1HyrcfFj3_A',
} as const;
const SIMULATION_PRIVATE_D = 'W-nJntCXaholiQtJc5kdU8-lWLhJRg0peCR-ByTAayM';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNATURE = { name: 'ECDSA', hash: 'SHA-256' } as const;

let keys: Promise<{ sign: CryptoKey; verify: CryptoKey }> | null = null;

function simulationKeys() {
  keys ??= Promise.all([
    crypto.subtle.importKey(
      'jwk',
      { ...SIMULATION_KEY, d: SIMULATION_PRIVATE_D },
      ALGORITHM,
      false,
      ['sign'],
    ),
    crypto.subtle.importKey('jwk', SIMULATION_KEY, ALGORITHM, false, ['verify']),
  ]).then(([sign, verify]) => ({ sign, verify }));
  return keys;
}

const ascii = (text: string) => new TextEncoder().encode(text);

/** A verified file: the payload is what the cloud signed. */
export interface ParsedFile {
  payload: FilePayload;
}

const refuse = (status: CloudError['status'], code: string, message: string) =>
  new CloudError(status, code, message);

export function licenseOf(state: CloudState, licenseId: string): LicenseRecord {
  const license = state.licenses.find((l) => l.id === licenseId);
  if (!license)
    throw refuse(404, 'license_not_found', `No license ${licenseId} exists in the cloud.`);
  return license;
}

/** Why one license of a file cannot be activated now (SS-51; the same rules as SS-35). */
function licenseProblem(
  state: CloudState,
  licenseId: string,
  target: SegmentControllerRecord | null,
  fileBringsCore = false,
): ErrorBody | null {
  const license = state.licenses.find((l) => l.id === licenseId);
  if (!license)
    return { code: 'license_not_found', message: `No license ${licenseId} exists in the cloud.` };
  if (license.supersededBy) {
    return {
      code: 'license_superseded',
      message: `License ${license.id} was replaced by ${license.supersededBy} in a partner transfer; ask for a file with the new License ID.`,
      details: { licenseId: license.id, supersededBy: license.supersededBy },
    };
  }
  if (license.activation) {
    const where = state.segmentControllers.find(
      (c) => c.id === license.activation?.segmentControllerId,
    );
    return {
      code: 'already_active',
      message: `License ${license.id} is already active on ${where?.name ?? 'another segment controller'}.`,
    };
  }
  const unsold = unsoldProblem(state, license);
  if (unsold) return unsold;
  if (isBeingActivated(state, license.id))
    return activationInProgress(license.id, 'activating it from a file').toBody();
  if (license.kind === 'core' && target && target.platform !== 'SmartServer Pi')
    return { code: 'not_for_platform', message: 'A core license is for SmartServer Pi only.' };
  if (license.kind === 'capacity' && target && !fileBringsCore && lacksCoreLicense(state, target))
    return coreLicenseRequired(target, 'activating a capacity license');
  return null;
}

/** A refusal that concerns the whole file on this target. */
function fileProblem(
  state: CloudState,
  payload: FilePayload,
  target: SegmentControllerRecord | null,
): ErrorBody | null {
  if (target && target.installCode !== payload.installCode) {
    return {
      code: 'wrong_install_code',
      message: `This file was made for install code ${payload.installCode}, but ${target.name} has install code ${target.installCode}. Choose the segment controller the file was made for.`,
      details: { fileInstallCode: payload.installCode, targetInstallCode: target.installCode },
    };
  }
  if (state.usedOfflineFileIds.includes(payload.fileId)) {
    return {
      code: 'file_already_used',
      message: `This license file (${payload.fileId}) was already used. Each file can be activated once.`,
    };
  }
  return null;
}

/**
 * CP-3, PP-7, CS-4: a signed file for an install code, made only for the side that holds every
 * license in it (R21), and only for licenses that could be activated today.
 */
export async function issueOfflineFile(
  state: CloudState,
  { installCode, licenseIds }: { installCode: string; licenseIds: string[] },
  issuer: FileIssuer,
): Promise<string> {
  if (!installCodeSchema.safeParse(installCode).success)
    throw refuse(400, 'invalid_install_code', 'An install code is 5 groups of 5 characters.');
  if (licenseIds.length === 0)
    throw refuse(400, 'no_licenses', 'Choose at least one license for the file.');
  const licenses = licenseIds.map((id) => licenseOf(state, id));
  for (const license of licenses) {
    const notTheirs = issuerRefusal(state, license, issuer);
    if (notTheirs) throw notTheirs;
    const problem = licenseProblem(state, license.id, null);
    if (problem) throw new CloudError(409, problem.code, problem.message, problem.details);
  }
  const mixed = severalCustomersRefusal(licenses);
  if (mixed) throw mixed;
  const payload: FilePayload = {
    fileId: crypto.randomUUID(),
    installCode,
    issued: state.today,
    licenses: licenses.map((l) => ({
      licenseId: l.id,
      kind: l.kind,
      deviceCount: l.deviceCount,
      termYears: l.termYears,
    })),
  };
  const encoded = toBase64Url(ascii(canonicalPayload(payload)));
  const { sign } = await simulationKeys();
  const signature = new Uint8Array(await crypto.subtle.sign(SIGNATURE, sign, ascii(encoded)));
  return formatFile(payload, encoded, toBase64Url(signature));
}

/** Control characters other than tab and line breaks (NUL…), or bytes that were not UTF-8. */
function isBinary(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f)
      return true;
    if (code === 0xfffd) return true;
  }
  return false;
}

/**
 * SS-51: checks a file in the order a person would want to hear about it: size, whether it is a
 * license file at all, whether it is intact, and whether the cloud signed it. The signature is
 * checked before the payload is interpreted, so nothing unsigned is ever parsed as licenses.
 */
export async function readOfflineFile(text: string): Promise<ParsedFile> {
  if (ascii(text).length > MAX_LICENSE_FILE_BYTES)
    throw refuse(413, 'file_too_large', FILE_TOO_LARGE_MESSAGE);
  if (text.trim() === '')
    throw refuse(
      422,
      'not_a_license_file',
      'This file is empty. Choose the .lic file you received.',
    );
  if (isBinary(text))
    throw refuse(
      422,
      'not_a_license_file',
      'This file is not a license file: it holds binary data, not text.',
    );
  const lines = text
    .replace(/^\ufeff/, '')
    .split(/\r?\n/)
    .map((line) => line.trimEnd());
  // SS-50 previews one file for one target, and each file is used up on its own (CP-3): two pasted
  // together are refused rather than one of them used silently.
  const files = lines.filter((line) => line === BEGIN_LINE).length;
  if (files > 1)
    throw refuse(
      422,
      'several_license_files',
      `This file holds ${files} license files. Add one license file at a time: each is made for one install code and can be activated once.`,
    );
  if (lines.includes(BEGIN_LINE) && !hasFrame(lines))
    throw refuse(
      422,
      'file_corrupt',
      'This license file is incomplete: it stops before its last line. Copy or download it again.',
    );
  if (!hasFrame(lines))
    throw refuse(
      422,
      'not_a_license_file',
      'This file is not a SmartServer license file: it has no license file header.',
    );

  const corrupt = refuse(
    422,
    'file_corrupt',
    'This license file is damaged and cannot be read. Ask for a new file.',
  );
  const sections = splitSections(lines);
  const payloadBytes = sections && fromBase64Url(sections.payload);
  if (!sections || !payloadBytes) throw corrupt;

  const badSignature = refuse(
    422,
    'bad_signature',
    'This license file’s signature is not valid: it was changed after it was issued, or not issued by the licensing cloud.',
  );
  const signature = fromBase64Url(sections.signature);
  const { verify } = await simulationKeys();
  if (
    !signature ||
    !(await crypto.subtle.verify(SIGNATURE, verify, signature, ascii(sections.payload)))
  )
    throw badSignature;

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(payloadBytes));
  } catch {
    throw corrupt;
  }
  const parsed = filePayloadSchema.safeParse(json);
  if (!parsed.success) throw corrupt;
  // The readable header is not signed: one that disagrees with the payload was edited (SS-51).
  if (JSON.stringify(headerFor(parsed.data)) !== JSON.stringify(sections.header)) {
    throw refuse(
      422,
      'bad_signature',
      'This license file was changed after it was issued: its header does not match its signed contents.',
    );
  }
  return { payload: parsed.data };
}

/** SS-73: a file with a core license activates it with the Pi's capacity. */
const bringsCore = (payload: FilePayload) => payload.licenses.some((l) => l.kind === 'core');

const controllerFor = (state: CloudState, installCode: string) =>
  state.segmentControllers.find((c) => c.installCode === installCode) ?? null;

/** SS-50: what the file holds and what would stop it on the target, before anyone activates it. */
export async function previewOfflineFile(
  state: CloudState,
  text: string,
  segmentControllerId: string | null = null,
): Promise<LicenseFilePreview> {
  const { payload } = await readOfflineFile(text);
  const named = controllerFor(state, payload.installCode);
  const target = segmentControllerId ? findController(state, segmentControllerId) : named;
  return {
    fileId: payload.fileId,
    installCode: payload.installCode,
    issued: payload.issued,
    namedSegmentControllerId: named?.id ?? null,
    targetSegmentControllerId: target?.id ?? null,
    licenses: payload.licenses.map((l) => ({
      ...l,
      problem: licenseProblem(state, l.licenseId, target, bringsCore(payload)),
    })),
    problem: fileProblem(state, payload, target),
  };
}

const STATUS: Record<string, CloudError['status']> = { license_not_found: 404 };

/**
 * SS-50, SS-51: activates every license of a verified file on the target, or nothing. Unlike
 * online activation (SS-35) the target may be offline and needs no Customer ID: the file is the
 * proof of purchase, bound to the target's install code.
 */
export function applyOfflineFile(
  state: CloudState,
  { payload }: ParsedFile,
  segmentControllerId: string,
): LicenseFileActivation {
  const target = findController(state, segmentControllerId);
  const problems = [
    fileProblem(state, payload, target),
    ...payload.licenses.map((l) => licenseProblem(state, l.licenseId, target, bringsCore(payload))),
  ];
  const first = problems.find((p) => p !== null);
  if (first)
    throw new CloudError(STATUS[first.code] ?? 409, first.code, first.message, first.details);

  const ids = payload.licenses.map((l) => l.licenseId);
  for (const id of ids) {
    const license = licenseOf(state, id);
    license.activation = { segmentControllerId, activationDate: state.today, note: '' };
    // SS-13: the maintenance clock starts at the first activation and never restarts.
    license.firstActivationDate ??= state.today;
    notifyMaintenanceActivated(state, id);
  }
  relicenseDevices(state, segmentControllerId);
  state.usedOfflineFileIds.push(payload.fileId);
  return {
    fileId: payload.fileId,
    segmentControllerId,
    licenses: listActivatedLicenses(state).filter((l) => ids.includes(l.licenseId)),
  };
}

export async function activateOfflineFile(
  state: CloudState,
  { text, segmentControllerId }: { text: string; segmentControllerId: string },
): Promise<LicenseFileActivation> {
  return applyOfflineFile(state, await readOfflineFile(text), segmentControllerId);
}
