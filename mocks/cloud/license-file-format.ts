import { z } from 'zod/mini';
import { licenseKindSchema } from '@/api/contract/licenses';
import { idSchema, isoDateSchema } from '@/api/contract/common';
import { installCodeSchema } from '@/api/contract/segment-controllers';
import { describeLicense } from './license-words';

/**
 * The offline activation file (SS-50, CP-3, PP-7): a readable header for people, and a signed
 * payload that is the only part the cloud trusts. The header must agree with the payload.
 */
export const BEGIN_LINE = '-----BEGIN SMARTSERVER LICENSE FILE-----';
const END_LINE = '-----END SMARTSERVER LICENSE FILE-----';

export const filePayloadSchema = z.object({
  fileId: idSchema,
  installCode: installCodeSchema,
  issued: isoDateSchema,
  licenses: z
    .array(
      z.object({
        licenseId: idSchema,
        kind: licenseKindSchema,
        deviceCount: z.int().check(z.nonnegative()),
        termYears: z.nullable(z.int().check(z.positive())),
      }),
    )
    .check(z.minLength(1)),
});
export type FilePayload = z.infer<typeof filePayloadSchema>;

/** The file split into its lines, before anything in it is trusted. */
export interface FileSections {
  /** Every `Key: value` header line except Payload and Signature, in file order. */
  header: [string, string][];
  payload: string;
  signature: string;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Fixed key order, so the same licenses always give the same signed bytes. */
export function canonicalPayload(payload: FilePayload): string {
  return JSON.stringify({
    fileId: payload.fileId,
    installCode: payload.installCode,
    issued: payload.issued,
    licenses: payload.licenses.map((l) => ({
      licenseId: l.licenseId,
      kind: l.kind,
      deviceCount: l.deviceCount,
      termYears: l.termYears,
    })),
  });
}

/** The readable header lines a payload implies; a file whose header differs was edited. */
export function headerFor(payload: FilePayload): [string, string][] {
  return [
    ['File-ID', payload.fileId],
    ['Install-Code', payload.installCode],
    ['Issued', payload.issued],
    ...payload.licenses.map((l): [string, string] => [
      'License',
      `${l.licenseId} · ${describeLicense(l)}`,
    ]),
  ];
}

export function formatFile(payload: FilePayload, encodedPayload: string, signature: string) {
  const lines = headerFor(payload).map(([key, value]) => `${key}: ${value}`);
  return [
    BEGIN_LINE,
    ...lines,
    `Payload: ${encodedPayload}`,
    `Signature: ${signature}`,
    END_LINE,
    '',
  ].join('\n');
}

/** Null when the text is not framed as a license file at all. */
export function hasFrame(lines: readonly string[]): boolean {
  const begin = lines.indexOf(BEGIN_LINE);
  return begin >= 0 && lines.indexOf(END_LINE, begin + 1) > begin;
}

/** The lines between the frame, or null when one is not `Key: value` or Payload/Signature is missing. */
export function splitSections(lines: readonly string[]): FileSections | null {
  const begin = lines.indexOf(BEGIN_LINE);
  const end = lines.indexOf(END_LINE, begin + 1);
  const header: [string, string][] = [];
  let payload: string | null = null;
  let signature: string | null = null;
  for (const line of lines.slice(begin + 1, end)) {
    const match = /^([A-Za-z-]+): (.*)$/.exec(line);
    if (!match) return null;
    const [, key = '', value = ''] = match;
    if (key === 'Payload') payload = value;
    else if (key === 'Signature') signature = value;
    else header.push([key, value]);
  }
  if (payload === null || signature === null) return null;
  return { header, payload, signature };
}
