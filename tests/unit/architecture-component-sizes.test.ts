// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Issue 17: component files stay small enough to read in one sitting. */
const LIMITS = { median: 80, p90: 150, max: 250 };

function componentFiles(): string[] {
  return readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.tsx') && !/\.(test|stories)\.tsx$/.test(path))
    .map((path) => join('src', path));
}

function lineCount(path: string): number {
  const text = readFileSync(path, 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** The value at or below which `share` of the sorted sizes lie (nearest rank). */
function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

describe('architecture: component sizes', () => {
  const sizes = componentFiles().map((path) => ({ path, lines: lineCount(path) }));
  const sorted = sizes.map((s) => s.lines).sort((a, b) => a - b);

  it('finds the component files', () => {
    expect(sizes.length).toBeGreaterThan(50);
  });

  it(`keeps the median at or under ${LIMITS.median} lines and p90 at or under ${LIMITS.p90}`, () => {
    expect(percentile(sorted, 0.5)).toBeLessThanOrEqual(LIMITS.median);
    expect(percentile(sorted, 0.9)).toBeLessThanOrEqual(LIMITS.p90);
  });

  it(`has no component file over ${LIMITS.max} lines`, () => {
    expect(sizes.filter((s) => s.lines > LIMITS.max)).toEqual([]);
  });
});
