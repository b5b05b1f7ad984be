import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { clearTasks } from './tools/clear-tasks.js';
import { createTask } from './tools/create-task.js';
import { createTaskList } from './tools/create-task-list.js';
import { deleteTask } from './tools/delete-task.js';
import { deleteTaskList } from './tools/delete-task-list.js';
import { getTask } from './tools/get-task.js';
import { getTaskList } from './tools/get-task-list.js';
import { getUpcomingTasks } from './tools/get-upcoming-tasks.js';
import { listTaskLists } from './tools/list-task-lists.js';
import { listTasks } from './tools/list-tasks.js';
import { moveTask } from './tools/move-task.js';
import { updateTask } from './tools/update-task.js';
import { updateTaskList } from './tools/update-task-list.js';

export const googleTasks = defineEnvironment({
  name: 'GoogleTasks',
  domain: 'office',
  version: '0.1.0',
  description: 'Google Tasks: task lists and their tasks — create, list, filter by due date, complete, move and clear.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    listTaskLists,
    getTaskList,
    createTaskList,
    updateTaskList,
    deleteTaskList,
    listTasks,
    getTask,
    createTask,
    updateTask,
    deleteTask,
    moveTask,
    clearTasks,
    getUpcomingTasks,
  ],
});

export default googleTasks;
export { scenarioSchema };
export type { GoogleTasksState } from './scenario.js';
