import type { Draft } from '@envfleet/kit';
import type { GitHubServerState, Repository } from '../scenario.js';
import { emptyMap } from './empty-map.js';

/**
 * Stores `repository` under `key` with nothing in it yet: no issues, pull requests, commits or
 * files, a single unprotected "main" branch, and numbering from 1. Whatever was stored under the
 * key before is replaced, as the reference does when a repository is created or forked over an
 * existing one.
 */
export function openFreshRepository(state: Draft<GitHubServerState>, key: string, repository: Repository): void {
  state.repositories[key] = repository;
  state.issues[key] = emptyMap();
  state.pull_requests[key] = emptyMap();
  const branches = emptyMap<Draft<GitHubServerState>['branches'][string][string]>();
  branches.main = { name: 'main', sha: null, protected: false };
  state.branches[key] = branches;
  state.commits[key] = [];
  state.files[key] = emptyMap();
  state.next_issue_number[key] = 1;
  state.next_pr_number[key] = 1;
}
