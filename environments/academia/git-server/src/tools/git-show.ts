import { anyInteger, pythonStr } from '@envfleet/kit';
import { z } from 'zod';
import { pythonContains, pythonItems, requiredField, requireTextField } from '../python-containers.js';
import { commitDate, openRepository, repositoryField, requireNonEmpty } from '../repository.js';
import { defineGitServerTool } from '../scenario.js';

export const gitShow = defineGitServerTool({
  name: 'git_show',
  description:
    'Show one commit as "commit <hash>", Author, Date and the indented message. The revision picks the first ' +
    'stored commit whose hash starts with it or whose message contains it; a revision that matches nothing is ' +
    'shown as a placeholder commit by "Unknown" dated now. context_lines is accepted and has no effect.',
  // Generated from the catalog's input schema: keep it equal to the catalog (the contract suite checks).
  input: z.object({
    repo_path: z.string(),
    revision: z.string(),
    context_lines: anyInteger().default(10),
  }),
  annotations: { readOnlyHint: true },
  handler: (state, args) => {
    requireNonEmpty(args.repo_path, 'Repository path');
    requireNonEmpty(args.revision, 'Revision');
    const repo = openRepository(state, args.repo_path);
    const commits = pythonItems(repositoryField(repo, 'commits', []), () => `Repository "${args.repo_path}" commits`);
    for (const [index, commit] of commits.entries()) {
      const entry = () => `Commit #${index + 1} of repository "${args.repo_path}"`;
      const field = (key: string) => requiredField(commit, key, entry);
      const hash = requireTextField(field('hash'), () => `${entry()} hash`);
      if (!hash.startsWith(args.revision) && !pythonContains(field('message'), args.revision, () => `${entry()} message`)) continue;
      const [author, date, message] = [field('author'), field('date'), field('message')].map(pythonStr);
      return { commit_content: `commit ${hash}\nAuthor: ${author}\nDate: ${date}\n\n    ${message}` };
    }
    return {
      commit_content:
        `commit ${args.revision}\nAuthor: Unknown <unknown@example.com>\nDate: ${commitDate(state)}\n\n` +
        `    Default commit content for ${args.revision}`,
    };
  },
});
