import { anyInteger, pythonStr } from '@envfleet/kit';
import { z } from 'zod';
import { openRepository, repositoryField, requireNonEmpty } from '../repository.js';
import { defineGitServerTool } from '../scenario.js';

export const gitDiff = defineGitServerTool({
  name: 'git_diff',
  description:
    'Summary of how the checked-out branch compares with a target branch or commit (default "main"): a diff ' +
    'header and two lines naming both sides; no file contents are simulated. context_lines has no effect.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
    target: z.string().default('main'),
    context_lines: anyInteger().default(3),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args.repo_path, 'Repository path');
    const repo = openRepository(state, args.repo_path);
    const current = pythonStr(repositoryField(repo, 'current_branch', 'main'));
    const { target } = args;
    return {
      diff_output: `diff --git a/current b/${target}\nComparing ${current} with ${target}\nChanges in working directory vs ${target}\n`,
    };
  },
});
