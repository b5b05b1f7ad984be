import { anyInteger, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineGitHubServerTool } from '../scenario.js';
import { commitStamp } from '../rules/commit-stamp.js';
import { emptyMap } from '../rules/empty-map.js';
import { repositoryKey } from '../rules/repository-key.js';
import { requireNonEmpty } from '../rules/required-arguments.js';

export const createBranch = defineGitHubServerTool({
  name: 'create_branch',
  description:
    'Create (or reset) the unprotected branch `branch` in owner/repo, with a SHA made from its name and the ' +
    'scenario clock: {branch, sha, created_at}. `from_branch` is accepted and ignored, and the repository ' +
    'need not exist. Fails when owner, repo or branch is empty.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    branch: z.string(),
    from_branch: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo', 'branch']);
    const key = repositoryKey(args.owner, args.repo);
    const sha = `branch_${args.branch}_${commitStamp(state.current_time)}`;
    state.branches[key] ??= emptyMap();
    state.branches[key][args.branch] = { name: args.branch, sha, protected: false };
    return { branch: args.branch, sha, created_at: state.current_time };
  },
});

export const listBranches = defineGitHubServerTool({
  name: 'list_branches',
  description:
    'Every branch of owner/repo in creation order: {branches: [{name, sha, protected}]}, empty for an unknown ' +
    'repository. `per_page` and `page` are accepted and ignored. Fails when owner or repo is empty.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    per_page: anyInteger().nullable().default(null),
    page: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    const branches = ownEntry(state.branches, repositoryKey(args.owner, args.repo)) ?? {};
    return { branches: Object.values(branches).map(({ name, sha, protected: isProtected }) => ({ name, sha, protected: isProtected })) };
  },
});
