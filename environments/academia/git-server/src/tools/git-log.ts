import { anyInteger, compareCodePoints, pythonSlice, ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { optionalField, pythonItems, requireTextField, wrongKind } from '../python-containers.js';
import { openRepository, repositoryField, requireNonEmpty } from '../repository.js';
import { defineGitServerTool } from '../scenario.js';

export const gitLog = defineGitServerTool({
  name: 'git_log',
  description:
    'Commits of a repository as stored (newest first): the first max_count (default 10, must be positive), then ' +
    'only those whose date is not before start_timestamp and not after end_timestamp (dates compare as text, ' +
    'so use the stored "YYYY-MM-DD HH:MM:SS" form). Returns {commits}.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
    max_count: anyInteger().default(10),
    start_timestamp: z.string().nullable().default(null),
    end_timestamp: z.string().nullable().default(null),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args.repo_path, 'Repository path');
    if (args.max_count <= 0) throw new ToolError(`max_count must be a positive integer (got ${args.max_count})`);
    const repo = openRepository(state, args.repo_path);
    const where = () => `Repository "${args.repo_path}" commits`;
    const stored = repositoryField(repo, 'commits', []);
    // The count is applied before the date filter, so a filter can return fewer than max_count.
    let commits: unknown;
    if (Array.isArray(stored)) commits = pythonSlice(stored, null, args.max_count);
    else if (typeof stored === 'string') commits = pythonSlice(Array.from(stored), null, args.max_count).join('');
    else throw wrongKind(where, 'a list', stored);
    const start = args.start_timestamp;
    const end = args.end_timestamp;
    if (!start && !end) return { commits };
    const kept = pythonItems(commits, where).filter((commit, index) => {
      const entry = () => `Commit #${index + 1} of repository "${args.repo_path}"`;
      const date = optionalField(commit, 'date', '', entry);
      const describeDate = () => `${entry()} date`;
      if (start && compareCodePoints(requireTextField(date, describeDate), start) < 0) return false;
      if (end && compareCodePoints(requireTextField(date, describeDate), end) > 0) return false;
      return true;
    });
    return { commits: kept };
  },
});
