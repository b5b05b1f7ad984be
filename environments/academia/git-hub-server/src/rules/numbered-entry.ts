import { ownEntry } from '@envfleet/kit';
import { repositoryKey } from './repository-key.js';

/**
 * The issue or pull request numbered `number` in owner/repo, from a map of repositories to
 * number-keyed records, or undefined. Numbers are stored as their decimal digits.
 */
export function numberedEntry<T>(
  byRepository: Record<string, Record<string, T>>,
  owner: string,
  repo: string,
  number: number,
): T | undefined {
  const entries = ownEntry(byRepository, repositoryKey(owner, repo));
  return entries && ownEntry(entries, String(number));
}
