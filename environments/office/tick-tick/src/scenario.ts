import { anyInteger, integerKeyed, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's TickTick scenario, field for field, with its default world (no projects
// or tasks, the colour palette and the priority labels). Integers are Python's, of any size.
export const taskSchema = z.object({
  taskId: z.string(),
  title: z.string(),
  project_id: z.string(),
  dueDate: z.string().nullable().default(null),
  priority: anyInteger().min(0, 'priority must be between 0 and 5').max(5, 'priority must be between 0 and 5').default(0),
  notes: z.string().nullable().default(null),
  description: z.string().nullable().default(null),
  status: z.string().default('pending'),
});

export const projectSchema = z.object({
  project_id: z.string(),
  name: z.string(),
  color: z.string().default('#F18181'),
  kind: z.string().default('TASK'),
  viewMode: z.string().nullable().default(null),
  sortOrder: anyInteger().nullable().default(null),
});

export const columnSchema = z.object({
  column_id: z.string(),
  name: z.string(),
  project_id: z.string(),
});

// The reference's TickTickScenario. task_project_mapping and project_columns are bookkeeping the
// reference keeps beside the tasks and columns themselves; they are kept as it keeps them.
export const scenarioSchema = z.object({
  projects: z.record(z.string(), projectSchema).default(() => ({})),
  tasks: z.record(z.string(), taskSchema).default(() => ({})),
  columns: z.record(z.string(), columnSchema).default(() => ({})),
  project_columns: z.record(z.string(), z.array(z.string())).default(() => ({})),
  task_project_mapping: z.record(z.string(), z.string()).default(() => ({})),
  oauth_state: z.record(z.string(), z.string()).default(() => ({})),
  colorPaletteMap: z.record(z.string(), z.string()).default(() => ({
    '#F18181': 'Red',
    '#F9A825': 'Orange',
    '#FDD835': 'Yellow',
    '#7CB342': 'Green',
    '#29B6F6': 'Blue',
    '#AB47BC': 'Purple',
    '#EC407A': 'Pink',
    '#8D6E63': 'Brown',
    '#78909C': 'Gray',
    '#26C6DA': 'Cyan',
    '#66BB6A': 'Light Green',
    '#FFA726': 'Light Orange',
    '#5C6BC0': 'Indigo',
    '#D4E157': 'Lime',
    '#26A69A': 'Teal',
    '#EF5350': 'Light Red',
    '#9CCC65': 'Pale Green',
    '#FFEE58': 'Pale Yellow',
    '#42A5F5': 'Light Blue',
    '#BDBDBD': 'Light Gray',
  })),
  priorityLabelsMap: integerKeyed(z.string()).default(() => ({ '0': 'None', '1': 'Low', '3': 'Medium', '5': 'High' })),
});

export type TickTickState = z.output<typeof scenarioSchema>;
export type Task = z.output<typeof taskSchema>;
export type Project = z.output<typeof projectSchema>;

/** defineTool for this environment: handlers receive a typed draft of TickTickState. */
export const defineTickTickTool = toolsFor<TickTickState>();
