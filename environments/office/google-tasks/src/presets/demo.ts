import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Row = {
  list: string;
  title: string;
  due?: string;
  done?: string;
  notes?: string;
  parent?: string;
  previous?: string;
};

// A product designer's Monday morning, 10 March 2025: work, home and a trip being planned, plus an
// empty "Someday" list. "@default" means the Work list here. Edges worth trying: a task due this very
// minute, one due exactly seven days out and one just beyond, overdue and undated tasks, completed
// tasks waiting to be cleared, subtasks (parent / previous), and "Renew passport" in two lists.
const rows: Row[] = [
  { list: 'TL1', title: 'Finish onboarding flow mockups', due: '2025-03-11T17:00:00Z', notes: 'Share in #design-review' },
  { list: 'TL1', title: 'Usability test: recruit 5 participants', due: '2025-03-14T12:00:00Z' },
  { list: 'TL1', title: 'Send screener survey', due: '2025-03-12T09:00:00Z', parent: 'T2' },
  { list: 'TL1', title: 'Book the research room', due: '2025-03-12T15:00:00Z', parent: 'T2', previous: 'T3' },
  { list: 'TL1', title: 'Quarterly self-review', due: '2025-03-17T09:00:00Z', notes: 'Due exactly one week from now' },
  { list: 'TL1', title: 'Design system audit', due: '2025-03-17T09:00:01Z', notes: 'One second past the 7-day window' },
  { list: 'TL1', title: 'Reply to Priya about icon set', due: '2025-03-07T10:00:00Z', notes: 'Overdue' },
  { list: 'TL1', title: 'Update portfolio case study' },
  { list: 'TL1', title: 'Weekly status note', due: '2025-03-10T09:00:00Z', notes: 'Due right now' },
  { list: 'TL1', title: 'Submit expense report', due: '2025-03-05T17:00:00Z', done: '2025-03-05T16:12:00Z' },
  { list: 'TL1', title: 'Prepare sprint demo', due: '2025-03-07T14:00:00Z', done: '2025-03-07T13:40:00Z' },
  { list: 'TL2', title: 'Pay electricity bill', due: '2025-03-15T23:59:59Z' },
  { list: 'TL2', title: 'Pick up dry cleaning', due: '2025-03-10T18:00:00Z' },
  { list: 'TL2', title: 'Call the plumber about the kitchen tap', notes: 'Mon–Fri 8:00–16:00, +351 21 000 0000' },
  { list: 'TL2', title: 'Renew passport', due: '2025-04-01T12:00:00Z', notes: 'Photos are in the top drawer' },
  { list: 'TL2', title: 'Return library books', due: '2025-03-08T12:00:00Z', done: '2025-03-08T11:05:00Z' },
  { list: 'TL3', title: 'Renew passport', notes: 'Duplicate of the one in Home & errands' },
  { list: 'TL3', title: 'Book flights LIS ⇄ AMS', due: '2025-03-20T20:00:00Z' },
  { list: 'TL3', title: 'Reserve a table at Taberna da Rua', due: '2025-04-11T19:30:00Z', notes: 'Party of 4' },
  { list: 'TL3', title: 'Buy travel adapter', done: '2025-03-02T10:00:00Z' },
];

const tasks = Object.fromEntries(
  rows.map((row, index) => {
    const taskId = `T${index + 1}`;
    return [
      taskId,
      {
        task_id: taskId,
        title: row.title,
        status: row.done ? 'completed' : 'needsAction',
        due: row.due ?? null,
        completed: row.done ?? null,
        notes: row.notes ?? null,
        tasklist_id: row.list,
        task_parent: row.parent ?? null,
        task_previous: row.previous ?? null,
      },
    ];
  }),
);

export const demo: z.input<typeof scenarioSchema> = {
  tasklists: {
    TL1: { tasklist_id: 'TL1', title: 'Work' },
    TL2: { tasklist_id: 'TL2', title: 'Home & errands' },
    TL3: { tasklist_id: 'TL3', title: 'Trip to Lisbon' },
    TL4: { tasklist_id: 'TL4', title: 'Someday' },
  },
  tasks,
  next_tasklist_id: 5,
  next_task_id: rows.length + 1,
  default_tasklist_id: 'TL1',
  current_time: '2025-03-10T09:00:00',
};
