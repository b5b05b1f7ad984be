import { pythonEquals } from '@envfleet/kit';
import { z } from 'zod';
import { isRecord, pythonItems, requiredField, wrongKind } from '../python-containers.js';
import { fieldOf, openRepository, requireNonEmpty } from '../repository.js';
import { defineGitServerTool } from '../scenario.js';

export const gitCheckout = defineGitServerTool({
  name: 'git_checkout',
  description:
    'Switch to a branch: it becomes current_branch and the only branch marked is_current. The branch need not ' +
    'exist (then no branch is marked current). Returns {current_branch}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
    branch_name: z.string(),
  }),
  handler: (state, args) => {
    requireNonEmpty(args.repo_path, 'Repository path');
    requireNonEmpty(args.branch_name, 'Branch name');
    const repo = openRepository(state, args.repo_path);
    if (!Object.hasOwn(repo, 'branches')) repo.branches = [];
    const where = fieldOf(args.repo_path, 'branches');
    // Empty text or an empty dict has nothing to walk through, so it is left as it is.
    const branches = pythonItems(repo.branches, where);
    if (branches.length > 0 && !Array.isArray(repo.branches)) throw wrongKind(where, 'a list', repo.branches);
    for (const [index, branch] of branches.entries()) {
      const entry = () => `Branch #${index + 1} of repository "${args.repo_path}"`;
      const current = pythonEquals(requiredField(branch, 'name', entry), args.branch_name);
      if (isRecord(branch)) branch.is_current = current;
    }
    repo.current_branch = args.branch_name;
    return { current_branch: args.branch_name };
  },
});
