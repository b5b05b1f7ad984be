import { z } from 'zod';
import { defineGitServerTool } from '../scenario.js';
import { syncedBranch } from './remote-sync.js';

export const gitPush = defineGitServerTool({
  name: 'git_push',
  description:
    'Push a branch (default: the checked-out one) to a remote (default "origin"). Simulated: it always ' +
    'succeeds and changes nothing, whatever the remote or force. Returns {status, remote, branch}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
    remote: z.string().default('origin'),
    branch: z.string().nullable().default(null),
    force: z.boolean().default(false),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => ({
    status: 'Push successful',
    remote: args.remote,
    branch: syncedBranch(state, args.repo_path, args.branch),
  }),
});
