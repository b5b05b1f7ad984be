import { anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineGitServerTool } from '../scenario.js';
import { listedFilesDiff } from './file-diff.js';

export const gitDiffStaged = defineGitServerTool({
  name: 'git_diff_staged',
  description:
    'Unified diff of the changes staged for the next commit: one block per staged file (the simulation shows ' +
    'the same one-line change for each), or "" when nothing is staged. context_lines is accepted and has no effect.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
    context_lines: anyInteger().default(3),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => listedFilesDiff(state, args.repo_path, 'staged_files'),
});
