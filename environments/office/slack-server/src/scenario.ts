import { toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// The state: EnvFactory's SlackServer scenario. The reference types its maps as free-form JSON
// (Dict[str, Any]) and reads them loosely, so they are kept as given here too:
// - channels: channel id → {id, name, is_channel, is_private, is_im, is_mpim?, num_members, topic}
// - messages: channel id → list of {type, user, text, ts, subtype?, thread_ts?, reactions?}
// - threads: parent ts → list of reply messages
// A value of another shape loads, and the tools that have to read it fail naming it, as the
// reference fails there.
export const scenarioSchema = z.object({
  channels: z.record(z.string(), z.unknown()).default(() => ({})),
  messages: z.record(z.string(), z.unknown()).default(() => ({})),
  threads: z.record(z.string(), z.unknown()).default(() => ({})),
  // Posted messages get their ts from this clock, as written (no format is checked).
  current_time: z.string().default('2026-04-17T02:12:12'),
});

export type SlackServerState = z.output<typeof scenarioSchema>;

/** defineTool for this environment: handlers receive a typed draft of SlackServerState. */
export const defineSlackServerTool = toolsFor<SlackServerState>();
