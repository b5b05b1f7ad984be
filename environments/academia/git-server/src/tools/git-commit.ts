import { z } from 'zod';
import { wrongKind } from '../python-containers.js';
import { commitDate, fieldOf, openRepository, requireNonEmpty } from '../repository.js';
import { defineGitServerTool } from '../scenario.js';

const AUTHOR = 'Simulated User <user@example.com>';

export const gitCommit = defineGitServerTool({
  name: 'git_commit',
  description:
    "Record a commit with the given message, dated current_time, as the newest of the repository's commits, and " +
    'empty the staging area. Its hash is "simulated_" and the new commit count in seven digits ' +
    '(simulated_0000004 for the fourth). Nothing needs to be staged. Returns {commit_hash, message}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
    message: z.string(),
  }),
  handler: (state, args) => {
    requireNonEmpty(args.repo_path, 'Repository path');
    requireNonEmpty(args.message, 'Commit message');
    const repo = openRepository(state, args.repo_path);
    if (!Object.hasOwn(repo, 'commits')) repo.commits = [];
    const commits = repo.commits;
    if (!Array.isArray(commits)) throw wrongKind(fieldOf(args.repo_path, 'commits'), 'a list', commits);
    const hash = `simulated_${String(commits.length + 1).padStart(7, '0')}`;
    commits.unshift({ hash, author: AUTHOR, date: commitDate(state), message: args.message });
    if (Object.hasOwn(repo, 'staged_files')) repo.staged_files = [];
    return { commit_hash: hash, message: args.message };
  },
});
