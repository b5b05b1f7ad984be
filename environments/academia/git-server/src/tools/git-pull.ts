import { z } from 'zod';
import { defineGitServerTool } from '../scenario.js';
import { syncedBranch } from './remote-sync.js';

export const gitPull = defineGitServerTool({
  name: 'git_pull',
  description:
    'Pull a branch (default: the checked-out one) from a remote (default "origin"). Simulated: it always ' +
    'succeeds, updates no file and changes nothing, with or without rebase. Returns {status, remote, branch, updated_files}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
    remote: z.string().default('origin'),
    branch: z.string().nullable().default(null),
    rebase: z.boolean().default(false),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    const branch = syncedBranch(state, args.repo_path, args.branch);
    return { status: 'Pull successful', remote: args.remote, branch, updated_files: [] };
  },
});
