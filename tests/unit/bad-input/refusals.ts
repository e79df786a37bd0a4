import { expect } from 'vitest';
import { expectRefusedOnRecord } from '../refusal-record';
import { cloudSnapshot } from './bad-values';

/** A request as any client could send it, bypassing the app's forms. */
export interface Call {
  method: 'POST' | 'PUT' | 'PATCH';
  path: string;
  body: unknown;
}

export async function send({ method, path, body }: Call) {
  const response = await fetch(`${window.location.origin}/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  return { status: response.status, answer };
}

/**
 * The UI refuses bad input before sending; a client that bypasses it must get a typed refusal
 * from the cloud (MC-1: `{ code, message }` with its status) and change nothing (but the record
 * of the refusal, AU-1).
 */
export async function expectRefused(call: Call, status: number, code: string) {
  const before = cloudSnapshot();
  const { status: got, answer } = await send(call);
  expect({ status: got, answer }).toEqual({
    status,
    answer: expect.objectContaining({ code, message: expect.any(String) as unknown }) as unknown,
  });
  expectRefusedOnRecord(before, { status, code, call });
}
