import { defineEnvironment } from '@envfleet/kit';
import { demo } from './presets/demo.js';
import { scenarioSchema } from './scenario.js';
import { ticktickCompleteTask } from './tools/ticktick-complete-task.js';
import { ticktickCreateProject } from './tools/ticktick-create-project.js';
import { ticktickCreateTask } from './tools/ticktick-create-task.js';
import { ticktickDeleteProject } from './tools/ticktick-delete-project.js';
import { ticktickDeleteTask } from './tools/ticktick-delete-task.js';
import { ticktickGetProjectWithData } from './tools/ticktick-get-project-with-data.js';
import { ticktickGetUserProject } from './tools/ticktick-get-user-project.js';
import { ticktickOauth2AuthorizationStep1 } from './tools/ticktick-oauth2-authorization-step1.js';
import { ticktickUpdateProject } from './tools/ticktick-update-project.js';
import { ticktickUpdateTask } from './tools/ticktick-update-task.js';

export const tickTick = defineEnvironment({
  name: 'TickTick',
  domain: 'office',
  version: '0.1.0',
  description:
    'TickTick: projects with columns and prioritised tasks — create, update, complete and delete, plus the OAuth2 authorization link.',
  scenario: scenarioSchema,
  presets: { demo },
  tools: [
    ticktickOauth2AuthorizationStep1,
    ticktickGetUserProject,
    ticktickGetProjectWithData,
    ticktickCreateProject,
    ticktickUpdateProject,
    ticktickDeleteProject,
    ticktickCreateTask,
    ticktickUpdateTask,
    ticktickCompleteTask,
    ticktickDeleteTask,
  ],
});

export default tickTick;
export { scenarioSchema };
export type { TickTickState } from './scenario.js';
