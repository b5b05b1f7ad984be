import { ToolError } from '@envfleet/kit';
import { z } from 'zod';
import { pythonContains, wrongKind } from '../python-containers.js';
import { fieldOf, openRepository, requireNonEmpty } from '../repository.js';
import { defineGitServerTool } from '../scenario.js';

export const gitAdd = defineGitServerTool({
  name: 'git_add',
  description:
    "Stage files for the next commit: each path not staged yet is appended to the repository's staged_files " +
    '(the files need not exist anywhere). Returns {staged_files} echoing the paths given. Fails on an empty list.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
    files: z.array(z.string()),
  }),
  handler: (state, args) => {
    requireNonEmpty(args.repo_path, 'Repository path');
    if (args.files.length === 0) throw new ToolError('Files must be a non-empty list of strings (give at least one path)');
    const repo = openRepository(state, args.repo_path);
    if (!Object.hasOwn(repo, 'staged_files')) repo.staged_files = [];
    const where = fieldOf(args.repo_path, 'staged_files');
    for (const file of args.files) {
      // Looked up afresh each time: a path listed twice in `files` is staged once.
      const staged = repo.staged_files;
      if (pythonContains(staged, file, where)) continue;
      if (!Array.isArray(staged)) throw wrongKind(where, 'a list', staged);
      staged.push(file);
    }
    return { staged_files: args.files };
  },
});
