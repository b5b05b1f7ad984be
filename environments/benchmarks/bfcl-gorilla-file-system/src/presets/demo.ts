import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Entry = { type: 'file'; content: string } | { type: 'directory'; contents: Record<string, Entry> };
const file = (content: string): Entry => ({ type: 'file', content });
const dir = (contents: Record<string, Entry> = {}): Entry => ({ type: 'directory', contents });

/**
 * A researcher's workspace in BFCL's style: a project with drafts and data, an archive, and a hidden
 * file. Worth trying: cd one level at a time, grep and sort a notes file, diff two drafts of
 * different lengths, mv into a directory that already holds the name, rmdir on a non-empty folder.
 */
export const demo: z.input<typeof scenarioSchema> = {
  root: {
    lab: {
      type: 'directory',
      contents: {
        project: dir({
          'notes.txt': file('zeta results pending\nalpha run finished\nbudget review on Friday\nalpha rerun scheduled'),
          'draft_v1.md': file('# Findings\nThe effect is small.\nMore data needed.'),
          'draft_v2.md': file('# Findings\nThe effect is moderate.\nMore data needed.\nSee appendix.'),
          data: dir({ 'runs.csv': file('run,score\n1,0.82\n2,0.79\n3,0.91'), 'empty.log': file('') }),
        }),
        archive: dir({ 'draft_v1.md': file('# Findings\nAn older copy.') }),
        '.secrets': file('token=not-a-real-token'),
      },
    },
  },
};
