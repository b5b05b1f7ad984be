import type { Draft } from '@envfleet/kit';
import { openRepository, repositoryField, requireNonEmpty } from '../repository.js';
import type { GitServerState } from '../scenario.js';

/**
 * The branch a push or pull acts on: the one named, else the checked-out one as stored ("main" when
 * the repository records none). Nothing is sent anywhere: remotes are only names in this simulation.
 */
export function syncedBranch(state: Draft<GitServerState>, repoPath: string, branch: string | null): unknown {
  requireNonEmpty(repoPath, 'Repository path');
  const repo = openRepository(state, repoPath);
  return branch || repositoryField(repo, 'current_branch', 'main');
}
