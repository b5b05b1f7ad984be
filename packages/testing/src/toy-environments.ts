import { EnvironmentRegistry } from '@envfleet/episodes';
import { defineEnvironment, ToolError, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// Two tiny worlds for engine and store tests, so those tests do not depend on any real environment:
// notes with counter ids (and a blob field for growing a state on purpose), and a bare counter.

const notesScenario = z.object({
  notes: z.record(z.string(), z.object({ id: z.string(), text: z.string() })).default({}),
  next_id: z.int().min(1).default(1),
  blob: z.string().default(''),
});
const defineNotesTool = toolsFor<z.output<typeof notesScenario>>();

export const notes = defineEnvironment({
  name: 'Notes',
  domain: 'office',
  version: '0.0.1',
  description: 'Notes with ids, for engine and store tests.',
  scenario: notesScenario,
  presets: { demo: { notes: { n1: { id: 'n1', text: 'hello' } }, next_id: 2 } },
  tools: [
    defineNotesTool({
      name: 'add_note',
      description: 'Add a note and return it.',
      input: z.object({ text: z.string(), weight: z.number().default(1) }),
      handler: (state, args) => {
        if (!args.text) throw new ToolError('text must not be empty');
        const id = `n${state.next_id}`;
        state.next_id += 1;
        state.notes[id] = { id, text: args.text };
        return state.notes[id];
      },
    }),
    defineNotesTool({
      name: 'list_notes',
      description: 'List every note.',
      input: z.object({}),
      annotations: { readOnlyHint: true },
      handler: (state) => Object.values(state.notes),
    }),
  ],
});

const counterScenario = z.object({ value: z.int().default(0) });
const defineCounterTool = toolsFor<z.output<typeof counterScenario>>();

export const counter = defineEnvironment({
  name: 'Counter',
  domain: 'utilities',
  version: '0.0.1',
  description: 'A single counter, for multi-server episodes.',
  scenario: counterScenario,
  tools: [
    defineCounterTool({
      name: 'increment',
      description: 'Add `by` to the counter.',
      input: z.object({ by: z.int().default(1) }),
      handler: (state, args) => {
        state.value += args.by;
        return { value: state.value };
      },
    }),
  ],
});

/** The toy environments as the engine looks them up. */
export function toyCatalog(): EnvironmentRegistry {
  return new EnvironmentRegistry([notes, counter]);
}
