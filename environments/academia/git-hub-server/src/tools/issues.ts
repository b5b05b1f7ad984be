import { ToolError, anyInteger, ownEntry, stableHash } from '@envfleet/kit';
import { z } from 'zod';
import { defineGitHubServerTool } from '../scenario.js';
import { emptyMap } from '../rules/empty-map.js';
import { numberedEntry } from '../rules/numbered-entry.js';
import { repositoryKey } from '../rules/repository-key.js';
import { requireNonEmpty } from '../rules/required-arguments.js';

// Issues are numbered per repository from next_issue_number (1 when unset). The repository itself
// need not exist. Reads and updates of an unknown issue do not fail: they answer blank fields.

export const createIssue = defineGitHubServerTool({
  name: 'create_issue',
  description:
    'Open an issue in owner/repo under the next issue number: {issue_number, title, state: "open", ' +
    'created_at}. `assignees`, `labels` and `milestone` are accepted and not stored. Fails when owner, repo ' +
    "or title is empty, or when the repository's next issue number is below 1.",
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    title: z.string(),
    body: z.string().nullable().default(null),
    assignees: z.string().nullable().default(null),
    labels: z.string().nullable().default(null),
    milestone: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo', 'title']);
    const key = repositoryKey(args.owner, args.repo);
    const number = ownEntry(state.next_issue_number, key) ?? 1;
    if (number < 1) {
      throw new ToolError(`Cannot number a new issue in ${key}: its next_issue_number is ${number}, and issue numbers start at 1`);
    }
    state.issues[key] ??= emptyMap();
    state.issues[key][String(number)] = {
      issue_number: number,
      title: args.title,
      body: args.body,
      state: 'open',
      created_at: state.current_time,
      updated_at: null,
      closed_at: null,
    };
    state.next_issue_number[key] = number + 1;
    return { issue_number: number, title: args.title, state: 'open', created_at: state.current_time };
  },
});

export const listIssues = defineGitHubServerTool({
  name: 'list_issues',
  description:
    "owner/repo's issues, only those whose state equals `state` when it is given: {issues: [{issue_number, " +
    'title, state, created_at}]}, empty for an unknown repository. The other filters, sorting and paging are ' +
    'accepted and ignored. Fails when owner or repo is empty.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    state: z.string().nullable().default(null),
    labels: z.string().nullable().default(null),
    sort: z.string().nullable().default(null),
    direction: z.string().nullable().default(null),
    since: z.string().nullable().default(null),
    page: anyInteger().nullable().default(null),
    per_page: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    const all = Object.values(ownEntry(state.issues, repositoryKey(args.owner, args.repo)) ?? {});
    const issues = all
      .filter((issue) => !args.state || issue.state === args.state)
      .map(({ issue_number, title, state: issueState, created_at }) => ({ issue_number, title, state: issueState, created_at }));
    return { issues };
  },
});

export const getIssue = defineGitHubServerTool({
  name: 'get_issue',
  description:
    'One issue of owner/repo by number: {issue_number, title, body, state, created_at, updated_at}. An unknown ' +
    'issue answers the number with every other field "". Fails when owner or repo is empty.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    issue_number: anyInteger(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    const issue = numberedEntry(state.issues, args.owner, args.repo, args.issue_number);
    if (!issue) return { issue_number: args.issue_number, title: '', body: '', state: '', created_at: '', updated_at: '' };
    const { issue_number, title, body, state: issueState, created_at, updated_at } = issue;
    return { issue_number, title, body, state: issueState, created_at, updated_at };
  },
});

export const updateIssue = defineGitHubServerTool({
  name: 'update_issue',
  description:
    'Change the title, body or state of an issue (empty values leave a field as it is) and stamp updated_at; ' +
    'setting state "closed" also stamps closed_at. Answers {issue_number, title, state, updated_at}; an ' +
    'unknown issue changes nothing and answers blank fields. `labels`, `assignees` and `milestone` are ' +
    'accepted and not stored. Fails when owner or repo is empty.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    issue_number: anyInteger(),
    title: z.string().nullable().default(null),
    body: z.string().nullable().default(null),
    state: z.string().nullable().default(null),
    labels: z.string().nullable().default(null),
    assignees: z.string().nullable().default(null),
    milestone: z.string().nullable().default(null),
  }),
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    const issue = numberedEntry(state.issues, args.owner, args.repo, args.issue_number);
    if (!issue) return { issue_number: args.issue_number, title: '', state: '', updated_at: '' };
    if (args.title) issue.title = args.title;
    if (args.body) issue.body = args.body;
    if (args.state) {
      issue.state = args.state;
      if (args.state === 'closed') issue.closed_at = state.current_time;
    }
    issue.updated_at = state.current_time;
    return { issue_number: args.issue_number, title: issue.title, state: issue.state, updated_at: issue.updated_at };
  },
});

export const closeIssue = defineGitHubServerTool({
  name: 'close_issue',
  description:
    'Close an issue of owner/repo, stamping closed_at (updated_at is left as it was): {issue_number, title, ' +
    'state: "closed", closed_at}. An unknown issue changes nothing and answers an empty title. Fails when ' +
    'owner or repo is empty.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    issue_number: anyInteger(),
  }),
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo']);
    const issue = numberedEntry(state.issues, args.owner, args.repo, args.issue_number);
    if (!issue) return { issue_number: args.issue_number, title: '', state: 'closed', closed_at: state.current_time };
    issue.state = 'closed';
    issue.closed_at = state.current_time;
    return { issue_number: args.issue_number, title: issue.title, state: issue.state, closed_at: issue.closed_at };
  },
});

export const addIssueComment = defineGitHubServerTool({
  name: 'add_issue_comment',
  description:
    'Comment on an issue: {comment_id, issue_number, created_at}. Comments are not stored, and the issue is ' +
    'not looked up; the id is derived from the repository, number and text, so the same comment gets the ' +
    'same id. Fails when owner, repo or body is empty.',
  input: z.object({
    owner: z.string(),
    repo: z.string(),
    issue_number: anyInteger(),
    body: z.string(),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args, ['owner', 'repo', 'body']);
    const comment_id = stableHash(`${args.owner}/${args.repo}/${args.issue_number}/${args.body}`) % 1_000_000;
    return { comment_id, issue_number: args.issue_number, created_at: state.current_time };
  },
});
