import { type Draft, defineEnvironment, defineTool, ToolError } from '@envfleet/kit';
import { z } from 'zod';

// A small counter-and-notes world, enough to exercise every engine operation.
const scenario = z.object({
  notes: z.record(z.string(), z.object({ id: z.string(), text: z.string() })).default({}),
  next_id: z.int().min(1).default(1),
  blob: z.string().default(''),
});
type State = z.output<typeof scenario>;

export const notes = defineEnvironment({
  name: 'Notes',
  domain: 'office',
  version: '0.0.1',
  description: 'Notes with ids, for engine tests.',
  scenario,
  presets: { demo: { notes: { n1: { id: 'n1', text: 'hello' } }, next_id: 2 } },
  tools: [
    defineTool({
      name: 'add_note',
      description: 'Add a note and return it.',
      input: z.object({ text: z.string(), weight: z.number().default(1) }),
      handler: (state: Draft<State>, args) => {
        if (!args.text) throw new ToolError('text must not be empty');
        const id = `n${state.next_id}`;
        state.next_id += 1;
        state.notes[id] = { id, text: args.text };
        return state.notes[id];
      },
    }),
    defineTool({
      name: 'list_notes',
      description: 'List every note.',
      input: z.object({}),
      annotations: { readOnlyHint: true },
      handler: (state: Draft<State>) => Object.values(state.notes),
    }),
  ],
});

export const counter = defineEnvironment({
  name: 'Counter',
  domain: 'utilities',
  version: '0.0.1',
  description: 'A single counter, for multi-server episodes.',
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
