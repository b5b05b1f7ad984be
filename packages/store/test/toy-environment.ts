import type { EnvironmentCatalog } from '@envfleet/episodes';
import { type Draft, defineEnvironment, defineTool, type Environment, ToolError } from '@envfleet/kit';
import { z } from 'zod';

// Two tiny worlds, enough to drive the engine over a store: notes with ids, and a counter.

const notesScenario = z.object({
  notes: z.record(z.string(), z.object({ id: z.string(), text: z.string() })).default({}),
  next_id: z.int().min(1).default(1),
});

export const notes = defineEnvironment({
  name: 'Notes',
  domain: 'office',
  version: '0.0.1',
  description: 'Notes with ids, for store tests.',
  scenario: notesScenario,
  tools: [
    defineTool({
      name: 'add_note',
      description: 'Add a note and return it.',
      input: z.object({ text: z.string() }),
      handler: (state: Draft<z.output<typeof notesScenario>>, args) => {
        if (!args.text) throw new ToolError('text must not be empty');
        const id = `n${state.next_id}`;
        state.next_id += 1;
        state.notes[id] = { id, text: args.text };
        return state.notes[id];
      },
    }),
  ],
});

export const counter = defineEnvironment({
  name: 'Counter',
  domain: 'utilities',
  version: '0.0.1',
  description: 'A single counter.',
  scenario: z.object({ value: z.int().default(0) }),
  tools: [
    defineTool({
      name: 'increment',
      description: 'Add `by` to the counter.',
      input: z.object({ by: z.int().default(1) }),
      handler: (state: Draft<{ value: number }>, args) => {
        state.value += args.by;
        return { value: state.value };
      },
    }),
  ],
});

export function toyCatalog(): EnvironmentCatalog {
  const environments = new Map<string, Environment>([
    ['Notes', notes],
    ['Counter', counter],
  ]);
  return { get: (name) => environments.get(name), names: () => [...environments.keys()] };
}
