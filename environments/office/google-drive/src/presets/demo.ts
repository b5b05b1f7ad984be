import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type File = NonNullable<Input['files']>[string];

const file = (
  id: string,
  name: string,
  mimeType: string,
  content: string,
  modifiedTime: string,
  parents: string[],
  extra: Partial<File> = {},
): File => ({
  id,
  name,
  mimeType,
  size: String([...content].length),
  createdTime: '2025-01-15T09:00:00',
  modifiedTime,
  parents,
  webViewLink: `https://drive.google.com/file/d/${id}/view`,
  webContentLink: `https://drive.google.com/uc?id=${id}&export=download`,
  content,
  ...extra,
});

// A small team Drive: a folder tree (Projects → Q2 Launch), notes, a CSV and a draft, one file
// shared with a colleague and one shared publicly, and a file with no description or links.
export const demo: Input = {
  files: {
    file_1: file('file_1', 'Projects', 'application/vnd.google-apps.folder', '', '2025-01-15T09:00:00', []),
    file_2: file('file_2', 'Q2 Launch', 'application/vnd.google-apps.folder', '', '2025-03-01T10:00:00', ['file_1']),
    file_3: file(
      'file_3',
      'launch-plan.md',
      'text/markdown',
      '# Q2 launch\n- Beta on 14 April\n- GA on 2 June\n',
      '2025-03-12T16:20:00',
      ['file_2'],
      { description: 'Milestones and owners' },
    ),
    file_4: file('file_4', 'signups.csv', 'text/csv', 'week,signups\n2025-W10,412\n2025-W11,530\n', '2025-03-14T08:05:00', ['file_2']),
    file_5: file(
      'file_5',
      'press-release-draft.txt',
      'text/plain',
      'Acme launches Atlas — café-grade analytics for everyone.',
      '2025-03-15T11:45:00',
      ['file_2'],
      { description: 'Not final; legal review pending' },
    ),
    file_6: file('file_6', 'notes.txt', 'text/plain', 'Call Ines about the venue.', '2025-03-16T18:30:00', [], {
      description: null,
      webViewLink: null,
      webContentLink: null,
    }),
  },
  permissions: {
    perm_1: { id: 'perm_1', file_id: 'file_3', role: 'writer', type: 'user', emailAddress: 'ines@acme.dev', link: '' },
    perm_2: {
      id: 'perm_2',
      file_id: 'file_4',
      role: 'reader',
      type: 'anyone',
      emailAddress: '',
      link: 'https://drive.google.com/file/d/file_4/view',
    },
  },
};
