import { pythonStr, pythonTruthy } from '@envfleet/kit';
import { z } from 'zod';
import { pythonItems } from '../python-containers.js';
import { fieldOf, openRepository, repositoryField, requireNonEmpty } from '../repository.js';
import { defineGitServerTool } from '../scenario.js';

// Short-format codes, in the order the reference lists the groups.
const GROUPS = [
  ['staged_files', 'A  '],
  ['modified_files', ' M '],
  ['untracked_files', '?? '],
] as const;

export const gitStatus = defineGitServerTool({
  name: 'git_status',
  description:
    'Working tree status of a repository in short format: "## <branch>" and then one line per staged file ' +
    '("A  path"), modified file (" M path") and untracked file ("?? path"). Fails when repo_path is not a repository of the scenario.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args.repo_path, 'Repository path');
    const repo = openRepository(state, args.repo_path);
    const lines: string[] = [];
    for (const [key, code] of GROUPS) {
      const files = repositoryField(repo, key, undefined);
      // An empty or null group is skipped, as the reference tests the group's truthiness first.
      if (!pythonTruthy(files)) continue;
      for (const file of pythonItems(files, fieldOf(args.repo_path, key))) lines.push(`${code}${pythonStr(file)}`);
    }
    const branch = repositoryField(repo, 'current_branch', 'main');
    return { status_output: `## ${pythonStr(branch)}\n${lines.join('\n')}` };
  },
});
