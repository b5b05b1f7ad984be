import { anyInteger, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineGitHubServerTool } from '../scenario.js';
import { repositoryKey } from '../rules/repository-key.js';
import { requireNonEmpty } from '../rules/required-arguments.js';

export const listCommits = defineGitHubServerTool({
  name: 'list_commits',
  description:
    "owner/repo's commit history as the scenario records it: {commits: [{sha, message, author, date}]}, empty " +
    'for an unknown repository. The filters (`sha`, `path`, `author`, `since`, `until`) and paging are ' +
    'accepted and ignored. Fails when owner or repo is empty.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    page: anyInteger().nullable().default(null),
    per_page: z.string().nullable().default(null),
    sha: z.string().nullable().default(null),
    path: z.string().nullable().default(null),
    author: z.string().nullable().default(null),
    since: z.string().nullable().default(null),
    until: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    const commits = ownEntry(state.commits, repositoryKey(args.owner, args.repo)) ?? [];
    return { commits: commits.map(({ sha, message, author, date }) => ({ sha, message, author, date })) };
  },
});
