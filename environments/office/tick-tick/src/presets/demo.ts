import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Row = {
  id: string;
  title: string;
  project: string;
  due?: string;
  priority?: 0 | 1 | 3 | 5;
  notes?: string;
  description?: string;
  done?: boolean;
};

// A freelance web developer's TickTick in spring 2025: a client website relaunch with a kanban
// board, a personal project, a reading list kept as a NOTE project, and an empty archive. Edges:
// every priority level, completed tasks, a task outside any project (project_id ""), two tasks
// titled "Invoice client", a project without columns, and an OAuth2 state still pending.
const rows: Row[] = [
  {
    id: 't-101',
    title: 'Migrate blog posts to the new CMS',
    project: 'p-relaunch',
    due: '2025-04-18T17:00:00+0000',
    priority: 5,
    notes: '142 posts; keep the old slugs',
  },
  { id: 't-102', title: 'Set up 301 redirects', project: 'p-relaunch', due: '2025-04-22T17:00:00+0000', priority: 3 },
  { id: 't-103', title: 'Lighthouse audit of the home page', project: 'p-relaunch', priority: 1, description: 'Target: 90+ on mobile' },
  { id: 't-104', title: 'Design sign-off from client', project: 'p-relaunch', due: '2025-04-02T12:00:00+0000', priority: 5, done: true },
  { id: 't-105', title: 'Cookie banner copy', project: 'p-relaunch', priority: 0, notes: 'Waiting on their legal team' },
  { id: 't-106', title: 'Invoice client', project: 'p-relaunch', due: '2025-04-30T09:00:00+0000', priority: 3 },
  { id: 't-201', title: 'Renew domain for the portfolio site', project: 'p-personal', due: '2025-05-03T00:00:00+0000', priority: 5 },
  { id: 't-202', title: 'Book dentist appointment', project: 'p-personal', priority: 1 },
  { id: 't-203', title: 'Invoice client', project: 'p-personal', priority: 3, notes: 'The small logo job for the bakery', done: true },
  { id: 't-204', title: 'Run 5 km twice this week', project: 'p-personal', due: '2025-04-13T20:00:00+0000' },
  { id: 't-301', title: 'Refactoring UI', project: 'p-reading', notes: 'Chapters 4–6' },
  {
    id: 't-302',
    title: 'Designing Data-Intensive Applications',
    project: 'p-reading',
    priority: 1,
    description: 'Re-read the chapter on replication',
  },
  { id: 't-303', title: 'The Pragmatic Programmer', project: 'p-reading', done: true },
  { id: 't-401', title: 'Call the accountant about VAT', project: '', due: '2025-04-15T10:00:00+0000', priority: 5 },
];

const tasks = Object.fromEntries(
  rows.map((row) => [
    row.id,
    {
      taskId: row.id,
      title: row.title,
      project_id: row.project,
      dueDate: row.due ?? null,
      priority: row.priority ?? 0,
      notes: row.notes ?? null,
      description: row.description ?? null,
      status: row.done ? 'completed' : 'pending',
    },
  ]),
);

const columns = {
  'c-backlog': { column_id: 'c-backlog', name: 'Backlog', project_id: 'p-relaunch' },
  'c-doing': { column_id: 'c-doing', name: 'In progress', project_id: 'p-relaunch' },
  'c-review': { column_id: 'c-review', name: 'Client review', project_id: 'p-relaunch' },
  'c-done': { column_id: 'c-done', name: 'Done', project_id: 'p-relaunch' },
  'c-to-read': { column_id: 'c-to-read', name: 'To read', project_id: 'p-reading' },
  'c-reading': { column_id: 'c-reading', name: 'Reading', project_id: 'p-reading' },
};

export const demo: z.input<typeof scenarioSchema> = {
  projects: {
    'p-relaunch': {
      project_id: 'p-relaunch',
      name: 'Bakery website relaunch',
      color: '#29B6F6',
      kind: 'TASK',
      viewMode: 'kanban',
      sortOrder: 0,
    },
    'p-personal': { project_id: 'p-personal', name: 'Personal', color: '#7CB342', kind: 'TASK', viewMode: 'list', sortOrder: 1 },
    'p-reading': { project_id: 'p-reading', name: 'Reading list', color: '#AB47BC', kind: 'NOTE', viewMode: 'kanban', sortOrder: 2 },
    'p-archive': { project_id: 'p-archive', name: 'Archive 2024', color: '#BDBDBD', kind: 'TASK', viewMode: null, sortOrder: 99 },
  },
  tasks,
  columns,
  project_columns: {
    'p-relaunch': ['c-backlog', 'c-doing', 'c-review', 'c-done'],
    'p-personal': [],
    'p-reading': ['c-to-read', 'c-reading'],
    'p-archive': [],
  },
  task_project_mapping: Object.fromEntries(rows.filter((row) => row.project).map((row) => [row.id, row.project])),
  oauth_state: { 'st-7f3a9c': 'pending' },
};
