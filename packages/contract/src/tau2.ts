import { z } from 'zod';

// τ²-bench's evaluation of a rollout on a Tau2 server (docs/tau2-bench.md): its database check and
// its action check, computed from the episode the rollout ran in.

/** One gold action of a τ² task, as its tasks.json writes it (`evaluation_criteria.actions[i]`). */
export const tau2GoldAction = z
  .looseObject({
    action_id: z.string().optional(),
    name: z.string().min(1).describe("The τ² tool's own name (`cancel_pending_order`), without the server."),
    arguments: z.record(z.string(), z.unknown()).default({}),
    compare_args: z
      .array(z.string())
      .nullable()
      .optional()
      .describe('The only arguments compared; absent or null: every argument the rollout’s call passed.'),
    requestor: z.enum(['assistant', 'user']).optional(),
  })
  .describe('A gold action of a τ² task; other fields of tasks.json (info, …) are accepted and ignored.');

/** One env assertion of a τ² task (`evaluation_criteria.env_assertions[i]`; telecom's tasks have them). */
export const tau2EnvAssertion = z
  .looseObject({
    env_type: z.enum(['user', 'assistant']),
    func_name: z.string().min(1).describe('The assertion function (`assert_mobile_data_status`).'),
    arguments: z.record(z.string(), z.unknown()).default({}),
    assert_value: z.boolean().default(true).describe('What the function must return for the assertion to pass.'),
  })
  .describe('An env assertion of a τ² task; other fields of tasks.json (message) are accepted and ignored.');

export const TAU2_REWARD_BASES = ['DB', 'ACTION', 'ENV_ASSERTION'] as const;

export const tau2EvaluateRequest = z.object({
  actions: z
    .array(tau2GoldAction)
    .max(10_000)
    .describe(
      "The task's evaluation_criteria.actions: replayed from the episode's start for the database check, matched against its calls for the action check.",
    ),
  envAssertions: z
    .array(tau2EnvAssertion)
    .max(1_000)
    .optional()
    .describe(
      "The task's evaluation_criteria.env_assertions, run on the episode's world now (servers that define them: Tau2Telecom). Needed for ENV_ASSERTION.",
    ),
  rewardBasis: z
    .array(z.enum(TAU2_REWARD_BASES))
    .min(1)
    .optional()
    .describe(
      "What the reward multiplies, as τ²'s reward_basis (default DB and ACTION; telecom's tasks use ENV_ASSERTION). COMMUNICATE and the natural-language assertions read the conversation, which the fleet does not hold.",
    ),
});

export const tau2Evaluation = z.object({
  reward: z.union([z.literal(0), z.literal(1)]).describe('The product of the checks in rewardBasis.'),
  rewardBasis: z.array(z.enum(TAU2_REWARD_BASES)),
  server: z.string().describe('The Tau2 server of the episode the checks ran on.'),
  database: z.object({
    reward: z
      .union([z.literal(0), z.literal(1)])
      .describe(
        "1 when the episode's final database equals, as JSON, the one the gold actions produce from the episode's start (τ² compares hashes of the two).",
      ),
    goldErrors: z.int().describe('Gold actions that failed when replayed (τ² counts them too: the target is what they leave).'),
  }),
  actions: z.object({
    reward: z.union([z.literal(0), z.literal(1)]).describe('1 when every gold action was matched by some call of the episode (any order).'),
    checks: z.array(
      z.object({
        name: z.string(),
        actionId: z.string().optional(),
        matched: z.boolean(),
        callIndex: z.int().optional().describe('The first matching call, by its index in the trajectory.'),
      }),
    ),
  }),
  envAssertions: z
    .object({
      reward: z.union([z.literal(0), z.literal(1)]).describe('1 when every env assertion passed.'),
      checks: z.array(
        z.object({
          funcName: z.string(),
          passed: z.boolean(),
          error: z.string().optional().describe('Why the assertion function could not run (it then fails).'),
        }),
      ),
    })
    .optional()
    .describe('Present when envAssertions were given.'),
});

export type Tau2EvaluateRequest = z.input<typeof tau2EvaluateRequest>;
export type Tau2Evaluation = z.output<typeof tau2Evaluation>;
