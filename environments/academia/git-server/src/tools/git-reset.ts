import { z } from 'zod';
import { openRepository, requireNonEmpty } from '../repository.js';
import { defineGitServerTool } from '../scenario.js';

export const gitReset = defineGitServerTool({
  name: 'git_reset',
  description:
    "Unstage everything: the repository's staged_files becomes empty (modified and untracked files are left " +
    'as they are). Returns {status}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
  }),
  handler: (state, args) => {
    requireNonEmpty(args.repo_path, 'Repository path');
    const repo = openRepository(state, args.repo_path);
    // A repository that never staged anything keeps having no staged_files field.
    if (Object.hasOwn(repo, 'staged_files')) repo.staged_files = [];
    return { status: 'Successfully unstaged all changes' };
  },
});
