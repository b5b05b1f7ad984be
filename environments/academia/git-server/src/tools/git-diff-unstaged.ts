import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineGitServerTool } from '../scenario.js';
import { listedFilesDiff } from './file-diff.js';

export const gitDiffUnstaged = defineGitServerTool({
  name: 'git_diff_unstaged',
  description:
    'Unified diff of the working-tree changes not staged yet: one block per modified file (the simulation shows ' +
    'the same one-line change for each), or "" when none. context_lines is accepted and has no effect.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
    context_lines: anyInteger().default(3),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => listedFilesDiff(state, args.repo_path, 'modified_files'),
});
