import { pythonEquals } from '@envfleet/kit';
import { z } from 'zod';
import { requiredField, wrongKind } from '../python-containers.js';
import { fieldOf, openRepository, requireNonEmpty } from '../repository.js';
import { defineGitServerTool } from '../scenario.js';

// The sha a new branch gets when no base branch is named, or the named one does not exist.
const UNKNOWN_BASE_SHA = 'simulated_base_sha';

export const gitCreateBranch = defineGitServerTool({
  name: 'git_create_branch',
  description:
    'Create a branch (not checked out) at the sha of the stored branch named base_branch; without a base, or ' +
    'when no branch has that name, it points at "simulated_base_sha". Names are not checked for duplicates. ' +
    'Returns {branch_name, base_branch} with base_branch "HEAD" when none was given.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
    branch_name: z.string(),
    base_branch: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireNonEmpty(args.repo_path, 'Repository path');
    requireNonEmpty(args.branch_name, 'Branch name');
    const repo = openRepository(state, args.repo_path);
    if (!Object.hasOwn(repo, 'branches')) repo.branches = [];
    const branches = repo.branches;
    if (!Array.isArray(branches)) throw wrongKind(fieldOf(args.repo_path, 'branches'), 'a list', branches);
    const base = args.base_branch;
    let sha: unknown = UNKNOWN_BASE_SHA;
    if (base) {
      for (const [index, branch] of branches.entries()) {
        const entry = () => `Branch #${index + 1} of repository "${args.repo_path}"`;
        if (!pythonEquals(requiredField(branch, 'name', entry), base)) continue;
        sha = requiredField(branch, 'sha', entry);
        break;
      }
    }
    branches.push({ name: args.branch_name, is_current: false, sha });
    return { branch_name: args.branch_name, base_branch: base || 'HEAD' };
  },
});
