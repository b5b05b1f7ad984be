import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;

const record = (id: string, createdTime: string, fields: Record<string, unknown>) => ({ id, createdTime, fields });

// A small agency's workspace: a content calendar and a CRM base (read-only for this user), with
// tables described by their fields and views, a dozen records, an empty table, and one table still
// written with the older "description" key.
export const demo: Input = {
  bases: [
    { id: 'appContent01', name: 'Content Calendar', permissionLevel: 'create' },
    { id: 'appCrm0002', name: 'Client CRM', permissionLevel: 'read' },
  ],
  tables: {
    appContent01: [
      {
        id: 'tblPosts',
        name: 'Posts',
        tableDescription: 'Blog posts and their publishing status',
        fields: [
          { id: 'fldTitle', name: 'Title', type: 'singleLineText' },
          { id: 'fldStatus', name: 'Status', type: 'singleSelect', options: { choices: ['Idea', 'Draft', 'Scheduled', 'Published'] } },
          { id: 'fldDate', name: 'Publish date', type: 'date' },
        ],
        views: [{ id: 'viwGrid', name: 'Grid view', type: 'grid' }],
      },
      {
        id: 'tblAuthors',
        name: 'Authors',
        description: 'Writers and editors',
        fields: [{ id: 'fldName', name: 'Name', type: 'singleLineText' }],
      },
      { id: 'tblArchive', name: 'Archive' },
    ],
    appCrm0002: [
      {
        id: 'tblClients',
        name: 'Clients',
        tableDescription: null,
        fields: [{ id: 'fldCompany', name: 'Company', type: 'singleLineText' }],
      },
    ],
  },
  records: {
    appContent01: {
      tblPosts: [
        record('rec0000000001', '2025-04-01T09:00:00.000Z', {
          Title: 'Spring launch recap',
          Status: 'Published',
          'Publish date': '2025-04-03',
        }),
        record('rec0000000002', '2025-04-02T10:30:00.000Z', { Title: 'How we price projects', Status: 'Draft' }),
        record('rec0000000003', '2025-04-05T14:00:00.000Z', {
          Title: 'Client spotlight: Nordhavn',
          Status: 'Scheduled',
          'Publish date': '2025-04-21',
        }),
        record('rec0000000004', '2025-04-07T08:15:00.000Z', { Title: 'Accessibility checklist', Status: 'Idea' }),
        record('rec0000000005', '2025-04-08T16:45:00.000Z', { Title: 'Year in review', Status: 'Idea', Tags: ['annual', 'culture'] }),
      ],
      tblAuthors: [
        record('rec0000000006', '2025-03-20T09:00:00.000Z', { Name: 'Ines Duarte', Role: 'Editor' }),
        record('rec0000000007', '2025-03-20T09:05:00.000Z', { Name: 'Tom Okafor', Role: 'Writer' }),
      ],
    },
    appCrm0002: {
      tblClients: [
        record('rec0000000008', '2025-01-10T11:00:00.000Z', { Company: 'Nordhavn Pharma', Tier: 'Gold' }),
        record('rec0000000009', '2025-02-14T11:00:00.000Z', { Company: 'Quince Press', Tier: 'Silver' }),
      ],
    },
  },
  record_counter: 9,
  current_time: '2025-04-10T12:00:00.000Z',
};
