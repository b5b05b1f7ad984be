import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { optionalField, pythonContains, pythonItems, requiredField, requireTextField } from '../python-containers.js';
import { openRepository, repositoryField, requireNonEmpty } from '../repository.js';
import { defineGitServerTool } from '../scenario.js';

const BRANCH_TYPES = ['local', 'remote', 'all'];

// A branch counts as remote when its name is under one of these two remotes, and only these.
const isRemoteName = (name: string) => name.startsWith('origin/') || name.startsWith('upstream/');

export const gitBranch = defineGitServerTool({
  name: 'git_branch',
  description:
    'Branches of a repository as stored ({name, is_current, sha}). branch_type "local" or "remote" (names under ' +
    'origin/ or upstream/) or "all"; contains / not_contains keep the branches whose sha does / does not include ' +
    'the given text. Returns {branches}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
    branch_type: z.string(),
    contains: z.string().nullable().default(null),
    not_contains: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args.repo_path, 'Repository path');
    if (!BRANCH_TYPES.includes(args.branch_type))
      throw new ToolError(`branch_type must be one of: 'local', 'remote', 'all' (got '${args.branch_type}')`);
    const repo = openRepository(state, args.repo_path);
    const where = () => `Repository "${args.repo_path}" branches`;
    let branches: unknown = repositoryField(repo, 'branches', []);
    const entry = (index: number) => () => `Branch #${index + 1} of repository "${args.repo_path}"`;
    if (args.branch_type !== 'all') {
      const remote = args.branch_type === 'remote';
      branches = pythonItems(branches, where).filter(
        (branch, index) =>
          isRemoteName(requireTextField(requiredField(branch, 'name', entry(index)), () => `${entry(index)()} name`)) === remote,
      );
    }
    const shaOf = (branch: unknown, index: number) => optionalField(branch, 'sha', '', entry(index));
    const shaWhere = (index: number) => () => `${entry(index)()} sha`;
    const { contains, not_contains: notContains } = args;
    if (contains) branches = pythonItems(branches, where).filter((b, i) => pythonContains(shaOf(b, i), contains, shaWhere(i)));
    if (notContains) branches = pythonItems(branches, where).filter((b, i) => !pythonContains(shaOf(b, i), notContains, shaWhere(i)));
    return { branches };
  },
});
