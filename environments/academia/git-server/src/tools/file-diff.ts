import { type Draft, pythonStr } from '@envfleet/kit';
import { pythonItems } from '../python-containers.js';
import { fieldOf, openRepository, repositoryField, requireNonEmpty } from '../repository.js';
import type { GitServerState } from '../scenario.js';

// The simulation stores no file contents, so every listed file shows the same one-line change.
const fileDiff = (file: string) =>
  `diff --git a/${file} b/${file}\n--- a/${file}\n+++ b/${file}\n@@ -1,3 +1,3 @@\n line 1\n-old line 2\n+new line 2\n line 3\n\n`;

/** The diff of every file in a repository's `staged_files` or `modified_files` list. */
export function listedFilesDiff(state: Draft<GitServerState>, repoPath: string, key: 'staged_files' | 'modified_files') {
  requireNonEmpty(repoPath, 'Repository path');
  const repo = openRepository(state, repoPath);
  const files = pythonItems(repositoryField(repo, key, []), fieldOf(repoPath, key));
  return { diff_output: files.map((file) => fileDiff(pythonStr(file))).join('') };
}
