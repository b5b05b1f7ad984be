import { ToolError, anyInteger, ownEntry } from '@envfleet/kit';
import { z } from 'zod';
import { defineGitHubServerTool } from '../scenario.js';
import { commitStamp } from '../rules/commit-stamp.js';
import { emptyMap } from '../rules/empty-map.js';
import { numberedEntry } from '../rules/numbered-entry.js';
import { repositoryKey } from '../rules/repository-key.js';
import { requireNonEmpty } from '../rules/required-arguments.js';

// Pull requests are numbered per repository from next_pr_number (1 when unset), separately from
// issues. Neither the repository nor the head and base branches need to exist. Reads and merges of
// an unknown pull request do not fail: they answer blank fields.

const pullNumber = { owner: z.string(), repo: z.string(), pull_number: anyInteger() };

export const createPullRequest = defineGitHubServerTool({
  name: 'create_pull_request',
  description:
    'Open a pull request in owner/repo from branch `head` into `base`, under the next pull request number: ' +
    '{pull_number, title, state: "open", created_at}. `draft` and `maintainer_can_modify` are accepted and ' +
    "not stored. Fails when owner, repo, title, head or base is empty, or when the repository's next pull " +
    'request number is below 1.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    title: z.string(),
    head: z.string(),
    base: z.string(),
    body: z.string().nullable().default(null),
    draft: z.string().nullable().default(null),
    maintainer_can_modify: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo', 'title', 'head', 'base']);
    const key = repositoryKey(args.owner, args.repo);
    const number = ownEntry(state.next_pr_number, key) ?? 1;
    if (number < 1) {
      throw new ToolError(
        `Cannot number a new pull request in ${key}: its next_pr_number is ${number}, and pull request numbers start at 1`,
      );
    }
    state.pull_requests[key] ??= emptyMap();
    state.pull_requests[key][String(number)] = {
      pull_number: number,
      title: args.title,
      body: args.body,
      state: 'open',
      head: args.head,
      base: args.base,
      created_at: state.current_time,
      updated_at: null,
      merged: false,
      merge_commit_sha: null,
    };
    state.next_pr_number[key] = number + 1;
    return { pull_number: number, title: args.title, state: 'open', created_at: state.current_time };
  },
});

export const getPullRequest = defineGitHubServerTool({
  name: 'get_pull_request',
  description:
    'One pull request of owner/repo by number: {pull_number, title, body, state, created_at, updated_at}. An ' +
    'unknown pull request answers the number with every other field "". Fails when owner or repo is empty.',
  input: z.object(pullNumber),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    const pull = numberedEntry(state.pull_requests, args.owner, args.repo, args.pull_number);
    if (!pull) return { pull_number: args.pull_number, title: '', body: '', state: '', created_at: '', updated_at: '' };
    const { pull_number, title, body, state: pullState, created_at, updated_at } = pull;
    return { pull_number, title, body, state: pullState, created_at, updated_at };
  },
});

export const listPullRequests = defineGitHubServerTool({
  name: 'list_pull_requests',
  description:
    "owner/repo's pull requests, keeping only those whose state, head and base equal the ones given: " +
    '{pull_requests: [{pull_number, title, state, created_at}]}, empty for an unknown repository. Sorting ' +
    'and paging are accepted and ignored. Fails when owner or repo is empty.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    state: z.string().nullable().default(null),
    head: z.string().nullable().default(null),
    base: z.string().nullable().default(null),
    sort: z.string().nullable().default(null),
    direction: z.string().nullable().default(null),
    per_page: z.string().nullable().default(null),
    page: anyInteger().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    const all = Object.values(ownEntry(state.pull_requests, repositoryKey(args.owner, args.repo)) ?? {});
    const pull_requests = all
      .filter(
        (pull) =>
          (!args.state || pull.state === args.state) && (!args.head || pull.head === args.head) && (!args.base || pull.base === args.base),
      )
      .map(({ pull_number, title, state: pullState, created_at }) => ({ pull_number, title, state: pullState, created_at }));
    return { pull_requests };
  },
});

export const mergePullRequest = defineGitHubServerTool({
  name: 'merge_pull_request',
  description:
    'Merge a pull request of owner/repo: its state becomes "merged" and it gets a merge commit SHA made from ' +
    'its number and the scenario clock: {pull_number, merged: true, merge_commit_sha}. An unknown pull request ' +
    'changes nothing and answers merged: false. The commit title, message and merge method are accepted and ' +
    'ignored. Fails when owner or repo is empty.',
  input: z.object({
    ...pullNumber,
    commit_title: z.string().nullable().default(null),
    commit_message: z.string().nullable().default(null),
    merge_method: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    const pull = numberedEntry(state.pull_requests, args.owner, args.repo, args.pull_number);
    if (!pull) return { pull_number: args.pull_number, merged: false, merge_commit_sha: '' };
    pull.state = 'merged';
    pull.merged = true;
    pull.merge_commit_sha = `merge_${args.pull_number}_${commitStamp(state.current_time)}`;
    return { pull_number: args.pull_number, merged: true, merge_commit_sha: pull.merge_commit_sha };
  },
});

export const updatePullRequestBranch = defineGitHubServerTool({
  name: 'update_pull_request_branch',
  description:
    "Bring a pull request's branch up to date with its base. Always succeeds without changing anything: " +
    '{pull_number, updated: true, message}. Fails only when owner or repo is empty.',
  input: z.object({
    ...pullNumber,
    expected_head_sha: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    return { pull_number: args.pull_number, updated: true, message: 'Branch updated successfully' };
  },
});

export const getPullRequestFiles = defineGitHubServerTool({
  name: 'get_pull_request_files',
  description:
    'The files a pull request changes. Changes are not tracked, so this is always {files: []}. Fails only ' +
    'when owner or repo is empty.',
  input: z.object(pullNumber),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    return { files: [] };
  },
});

export const getPullRequestStatus = defineGitHubServerTool({
  name: 'get_pull_request_status',
  description:
    'The combined status of the checks on a pull request. No checks run here, so this is always ' +
    '{pull_number, state: "success", statuses: []}. Fails only when owner or repo is empty.',
  input: z.object(pullNumber),
  annotations: { readOnlyHint: true },
  handler: (_state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    return { pull_number: args.pull_number, state: 'success', statuses: [] };
  },
});
