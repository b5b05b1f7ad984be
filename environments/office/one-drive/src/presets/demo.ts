import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type File = NonNullable<Input['files']>[string];
type Folder = NonNullable<Input['folders']>[string];

const folder = (id: string, name: string, parent_id: string | null, createdDateTime: string, lastModifiedDateTime: string): Folder => ({
  id,
  name,
  parent_id,
  webUrl: `https://onedrive.live.com/?id=${id}`,
  createdDateTime,
  lastModifiedDateTime,
});

const file = (
  id: string,
  name: string,
  content: string,
  content_type: string,
  parent_id: string | null,
  createdDateTime: string,
  lastModifiedDateTime: string,
): File => ({
  id,
  name,
  content,
  size: [...content].length,
  content_type,
  parent_id,
  webUrl: `https://onedrive.live.com/?id=${id}`,
  downloadUrl: `https://onedrive.live.com/download?id=${id}`,
  createdDateTime,
  lastModifiedDateTime,
});

// A freelance designer's OneDrive: client work under Clients → Northwind, invoices, an empty
// Archive folder, two files both called notes.txt in different folders, and a loose file at the
// root. One file is shared for viewing, one folder for editing inside the organisation, and a
// mood board has an embed link.
export const demo: Input = {
  current_time: '2025-03-18T09:30:00',
  folders: {
    folder_1: folder('folder_1', 'Clients', null, '2024-11-02T08:00:00', '2025-02-20T14:10:00'),
    folder_2: folder('folder_2', 'Northwind', 'folder_1', '2024-11-02T08:05:00', '2025-03-17T17:45:00'),
    folder_3: folder('folder_3', 'Invoices', null, '2024-11-02T08:10:00', '2025-03-01T10:00:00'),
    folder_4: folder('folder_4', 'Archive', null, '2024-12-31T23:00:00', '2024-12-31T23:00:00'),
  },
  files: {
    file_1: file(
      'file_1',
      'brief.md',
      '# Northwind rebrand\nLogo, palette and a one-page site. Deadline: 4 April.\n',
      'text/markdown',
      'folder_2',
      '2025-02-20T14:10:00',
      '2025-03-10T09:12:00',
    ),
    file_2: file(
      'file_2',
      'notes.txt',
      'Client prefers teal over navy; no serif fonts.',
      'text/plain',
      'folder_2',
      '2025-02-21T11:00:00',
      '2025-03-17T17:45:00',
    ),
    file_3: file(
      'file_3',
      'moodboard.html',
      '<h1>Northwind moodboard</h1><p>Coastal, calm, café terraces.</p>',
      'text/html',
      'folder_2',
      '2025-03-03T15:30:00',
      '2025-03-03T15:30:00',
    ),
    file_4: file(
      'file_4',
      'invoice-2025-02.csv',
      'client,hours,rate,total\nNorthwind,32,85,2720\nContoso,10,85,850\n',
      'text/csv',
      'folder_3',
      '2025-03-01T10:00:00',
      '2025-03-01T10:00:00',
    ),
    file_5: file(
      'file_5',
      'notes.txt',
      'Renew the font licence before May.',
      'text/plain',
      null,
      '2025-01-07T19:20:00',
      '2025-03-15T08:00:00',
    ),
  },
  share_links: {
    share_1: {
      id: 'share_1',
      item_id: 'file_1',
      roles: ['read'],
      link_type: 'view',
      scope: 'anonymous',
      webUrl: 'https://onedrive.live.com/share/share_1',
      webHtml: null,
    },
    share_2: {
      id: 'share_2',
      item_id: 'folder_2',
      roles: ['write'],
      link_type: 'edit',
      scope: 'organization',
      webUrl: 'https://onedrive.live.com/share/share_2',
      webHtml: null,
    },
    share_3: {
      id: 'share_3',
      item_id: 'file_3',
      roles: ['write'],
      link_type: 'embed',
      scope: 'anonymous',
      webUrl: 'https://onedrive.live.com/share/share_3',
      webHtml: "<iframe src='https://onedrive.live.com/embed/share_3'></iframe>",
    },
  },
};
