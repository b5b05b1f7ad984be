import { type Draft, hasEntry, ToolError } from '@envfleet/kit';
import type { GitServerState, RepositoryData } from './scenario.js';

/** The reference's checks on a text argument: present and not empty. */
export function requireNonEmpty(value: string, name: string): void {
  if (!value) throw new ToolError(`${name} must be a non-empty string`);
}

/** The repository at `repoPath`, which must be one of the scenario's (by its exact path). */
export function openRepository(state: Draft<GitServerState>, repoPath: string): RepositoryData {
  const repositories = state.repositories as Record<string, RepositoryData>;
  if (hasEntry(repositories, repoPath)) return repositories[repoPath] as RepositoryData;
  const known = Object.keys(repositories);
  const hint = known.length === 0 ? 'the scenario has no repositories' : `known paths: ${known.slice(0, 10).join(', ')}`;
  throw new ToolError(`Repository path "${repoPath}" does not exist in the scenario (${hint})`);
}

/** `repo.get(key, fallback)`: the field when the repository has it, even if it is null. */
export function repositoryField(repo: RepositoryData, key: string, fallback: unknown): unknown {
  return hasEntry(repo, key) ? repo[key] : fallback;
}

/** How a repository's field is named in errors. */
export const fieldOf = (repoPath: string, key: string) => () => `Repository "${repoPath}" ${key}`;

/** The clock as commits and placeholder revisions show it: "2025-01-01 09:00:00". */
export function commitDate(state: Draft<GitServerState>): string {
  // The first 19 characters, counted as Python counts them (code points, not UTF-16 units).
  return Array.from(state.current_time.replaceAll('T', ' ')).slice(0, 19).join('');
}
