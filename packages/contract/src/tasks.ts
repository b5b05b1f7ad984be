import { z } from 'zod';

// Tasks: rows of an EnvFactory-RL dataset (the VeRL fork's rl_dataset.py reads them), kept by the
// fleet so an episode can be reset from one and scored against its ground truth by id.

/** Rows one `POST /v1/tasks` may carry (the CLI sends a file in batches of this many at most). */
export const MAX_TASKS_PER_REQUEST = 10_000;

/**
 * One row as EnvFactory-RL has it. Each `mcp_factory_kwargs` value may be JSON text (the fork
 * `json.loads` it) or the value itself; other fields (`prompt`, `data_source`, …) are kept as they are.
 */
export const taskRow = z
  .looseObject({
    id: z
      .union([z.string().min(1), z.int()])
      .optional()
      .describe('The task id; extra_info.index when left out.'),
    reward_model: z.looseObject({
      ground_truth: z.unknown().describe('The ground-truth calls: [{name, arguments, masked_arguments?}], or that list as JSON text.'),
    }),
    extra_info: z.looseObject({
      index: z.union([z.string().min(1), z.int()]).optional(),
      mcp_factory_kwargs: z.looseObject({
        mcp_servers: z.unknown().describe('The servers of the task: ["Server", …], or that list as JSON text.'),
        initial_config: z
          .unknown()
          .optional()
          .describe("Each server's scenario ({Server: {…}}), or JSON text; a server left out starts from its default world."),
        final_config: z.unknown().describe("Each server's state after the ground-truth calls ({Server: {…}}), or JSON text."),
      }),
    }),
  })
  .describe("A row of an EnvFactory-RL dataset, as the VeRL fork's rl_dataset.py and reward read it.");

export const importTasksRequest = z.object({
  tasks: z
    .array(z.unknown())
    .min(1, 'send at least one task')
    .max(MAX_TASKS_PER_REQUEST)
    .describe(`1 to ${MAX_TASKS_PER_REQUEST} rows in EnvFactory-RL's shape (see taskRow); a task of an id already kept is replaced.`),
});

export const tasksImported = z.object({
  taskIds: z.array(z.string()).describe('The ids of the tasks kept, in the order sent: reset an episode with {taskId}.'),
});

export type TaskRow = z.input<typeof taskRow>;
export type ImportTasksRequest = z.input<typeof importTasksRequest>;
export type TasksImported = z.output<typeof tasksImported>;
