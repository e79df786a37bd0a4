import { execFileSync } from 'node:child_process';
import { extname } from 'node:path';

const TEXT_FILES = new Set(['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.md', '.html', '.sh']);

/**
 * The repository's own text files, relative to `root`: tracked or new, never what .gitignore leaves
 * out (node_modules, builds, the bench's output), so a local build cannot change what a test reads.
 */
export function repoTextFiles(root: string): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  });
  return listed.split('\n').filter((path) => path !== '' && TEXT_FILES.has(extname(path)));
}
