import { containsText, ToolError, anyInteger } from '@envfleet/kit';
import { z } from 'zod';
import { defineGitHubServerTool } from '../scenario.js';
import { requireNonEmpty } from '../rules/required-arguments.js';

// The searches match `q` as plain text, case-insensitively: no GitHub qualifiers ("user:", "is:open").
// Sorting and paging arguments are accepted and ignored; results come in scenario order.

const searchInput = z.object({
  q: z.string(),
  sort: z.string().nullable().default(null),
  order: z.string().nullable().default(null),
  per_page: z.string().nullable().default(null),
  page: anyInteger().nullable().default(null),
});

export const searchRepositories = defineGitHubServerTool({
  name: 'search_repositories',
  description:
    'Repositories whose name or description contains `q` (case-insensitive): {repositories: [{owner, repo, ' +
    'description, stars}]}. Private repositories are included. Fails when `q` is empty.',
  input: searchInput,
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args, ['q']);
    const q = args.q.toLowerCase();
    const repositories = Object.values(state.repositories)
      .filter(
        (repository) => containsText(repository.repo.toLowerCase(), q) || containsText((repository.description ?? '').toLowerCase(), q),
      )
      .map(({ owner, repo, description, stars }) => ({ owner, repo, description, stars }));
    return { repositories };
  },
});

export const searchIssues = defineGitHubServerTool({
  name: 'search_issues',
  description:
    'Issues, then pull requests, of every repository whose title contains `q` (case-insensitive): {issues: ' +
    '[{owner, repo, issue_number, title, state}]}, a pull request giving its pull number as issue_number. ' +
    'Fails when `q` is empty, or when the scenario keys issues or pull requests by something other than ' +
    '"owner/repo".',
  input: searchInput,
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args, ['q']);
    const q = args.q.toLowerCase();
    const issues: { owner: string; repo: string; issue_number: number; title: string; state: string }[] = [];
    for (const [key, byNumber] of Object.entries(state.issues)) {
      const [owner, repo] = ownerAndRepo(key, 'issues');
      for (const issue of Object.values(byNumber)) {
        if (containsText(issue.title.toLowerCase(), q))
          issues.push({ owner, repo, issue_number: issue.issue_number, title: issue.title, state: issue.state });
      }
    }
    for (const [key, byNumber] of Object.entries(state.pull_requests)) {
      const [owner, repo] = ownerAndRepo(key, 'pull_requests');
      for (const pull of Object.values(byNumber)) {
        if (containsText(pull.title.toLowerCase(), q))
          issues.push({ owner, repo, issue_number: pull.pull_number, title: pull.title, state: pull.state });
      }
    }
    return { issues };
  },
});

/** Splits a repository key; the reference needs exactly one "/" in it, and fails the whole search otherwise. */
function ownerAndRepo(key: string, field: string): [string, string] {
  const parts = key.split('/');
  if (parts.length !== 2) {
    throw new ToolError(
      `The scenario's ${field} has the repository key "${key}", which is not of the form owner/repo: fix the key to search`,
    );
  }
  return parts as [string, string];
}

export const searchCode = defineGitHubServerTool({
  name: 'search_code',
  description: 'Code search. No code index is kept, so this is always {results: []}. Fails when `q` is empty.',
  input: searchInput,
  annotations: { readOnlyHint: true },
  handler: (_state, args) => {
    requireNonEmpty(args, ['q']);
    return { results: [] };
  },
});

export const searchUsers = defineGitHubServerTool({
  name: 'search_users',
  description: 'User search. No user directory is kept, so this is always {users: []}. Fails when `q` is empty.',
  input: searchInput,
  annotations: { readOnlyHint: true },
  handler: (_state, args) => {
    requireNonEmpty(args, ['q']);
    return { users: [] };
  },
});
