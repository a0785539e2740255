import { spawnSync } from 'node:child_process';
import { lastChangeDates } from '../lib/git-dates';

let cache: Map<string, string> | undefined;

/**
 * The date each content file last changed, from git at build time. A shallow clone
 * knows only its newest commit, which would date every file to the day of the last
 * deploy: then, and without git, there are no dates at all rather than wrong ones.
 */
export function lastUpdated(file: string): string | null {
  cache ??= read();
  return cache.get(file) ?? null;
}

function read(): Map<string, string> {
  const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const shallow = git('rev-parse', '--is-shallow-repository');
  if (shallow.status !== 0 || shallow.stdout.trim() !== 'false') return new Map();
  const log = git('log', '--format=%x00%cs', '--name-only', '--', 'content');
  return log.status === 0 ? lastChangeDates(log.stdout) : new Map();
}
