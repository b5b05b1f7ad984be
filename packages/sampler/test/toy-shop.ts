import { defineEnvironment, ToolError, toolsFor } from '@envfleet/kit';
import { z } from 'zod';

// A small shop whose tools feed each other the way real environments' do: a user is found by
// email, an order placed for that user gives an order id, the order is then read or cancelled by it.

const scenario = z.object({
  users: z.record(z.string(), z.object({ user_id: z.string(), email: z.string(), name: z.string() })).default({}),
  orders: z.record(z.string(), z.object({ order_id: z.string(), user_id: z.string(), status: z.string() })).default({}),
  next_order: z.int().default(1),
});
const defineShopTool = toolsFor<z.output<typeof scenario>>();

export const toyShop = defineEnvironment({
  name: 'ToyShop',
  domain: 'commerce',
  version: '0.0.1',
  description: 'A shop for sampler tests.',
  scenario,
  presets: {
    demo: {
      users: {
        u1: { user_id: 'u1', email: 'ada@example.com', name: 'Ada Lovelace' },
        u2: { user_id: 'u2', email: 'alan@example.com', name: 'Alan Turing' },
      },
    },
  },
  tools: [
    defineShopTool({
      name: 'find_user_by_email',
      description: 'The id of the user with this email.',
      input: z.object({ email: z.string() }),
      annotations: { readOnlyHint: true },
      handler: (state, args) => {
        const user = Object.values(state.users).find((candidate) => candidate.email === args.email);
        if (!user) throw new ToolError(`No user with email ${args.email}`);
        return { user_id: user.user_id };
      },
    }),
    defineShopTool({
      name: 'place_order',
      description: 'Place an order for a user.',
      input: z.object({ user_id: z.string() }),
      handler: (state, args) => {
        if (!Object.hasOwn(state.users, args.user_id)) throw new ToolError(`No user ${args.user_id}`);
        const id = `o${state.next_order}`;
        state.next_order += 1;
        state.orders[id] = { order_id: id, user_id: args.user_id, status: 'pending' };
        return { order_id: id, status: 'pending' };
      },
    }),
    defineShopTool({
      name: 'get_order',
      description: 'An order by id.',
      input: z.object({ order_id: z.string() }),
      annotations: { readOnlyHint: true },
      handler: (state, args) => {
        const order = state.orders[args.order_id];
        if (!order) throw new ToolError(`No order ${args.order_id}`);
        return order;
      },
    }),
    defineShopTool({
      name: 'cancel_order',
      description: 'Cancel a pending order.',
      input: z.object({ order_id: z.string(), reason: z.enum(['changed mind', 'too slow']) }),
      handler: (state, args) => {
        const order = state.orders[args.order_id];
        if (!order) throw new ToolError(`No order ${args.order_id}`);
        if (order.status !== 'pending') throw new ToolError(`Order ${args.order_id} is ${order.status}`);
        order.status = 'cancelled';
        return order;
      },
    }),
  ],
});

const brokenScenario = z.object({ items: z.array(z.string()).default(['a', 'b']) });
const defineBrokenTool = toolsFor<z.output<typeof brokenScenario>>();
// Outside any state: a tool that counts its calls here answers differently on a replay.
let calls = 0;

/** An environment with the two faults the sampler must catch: a crash, and an answer that is not reproducible. */
export const toyBroken = defineEnvironment({
  name: 'ToyBroken',
  domain: 'utilities',
  version: '0.0.1',
  description: 'Faulty tools for sampler tests.',
  scenario: brokenScenario,
  tools: [
    defineBrokenTool({
      name: 'crash',
      description: 'Fails with an error that is no ToolError.',
      input: z.object({}),
      annotations: { readOnlyHint: true },
      handler: () => {
        throw new TypeError('cannot read properties of undefined');
      },
    }),
    defineBrokenTool({
      name: 'count_calls',
      description: 'Answers how often it was called in this process.',
      input: z.object({}),
      annotations: { readOnlyHint: true },
      handler: () => {
        calls += 1;
        return { calls };
      },
    }),
  ],
});

const deskScenario = z.object({
  users: z.array(z.object({ username: z.string(), password: z.string() })).default([]),
  session: z.string().nullable().default(null),
  tickets: z.array(z.object({ ticket_id: z.int(), title: z.string() })).default([]),
});
const defineDeskTool = toolsFor<z.output<typeof deskScenario>>();

/** A help desk whose tools need a login first, and say so when called without one. */
export const toyDesk = defineEnvironment({
  name: 'ToyDesk',
  domain: 'office',
  version: '0.0.1',
  description: 'A help desk behind a login, for sampler tests.',
  scenario: deskScenario,
  presets: {
    demo: {
      users: [
        { username: 'ana', password: 'pw-ana' },
        { username: 'ben', password: 'pw-ben' },
      ],
      tickets: [{ ticket_id: 1, title: 'Printer jam' }],
    },
  },
  tools: [
    defineDeskTool({
      name: 'login',
      description: 'Log in.',
      input: z.object({ username: z.string(), password: z.string() }),
      handler: (state, args) => {
        const user = state.users.find((candidate) => candidate.username === args.username);
        if (!user || user.password !== args.password) throw new ToolError('Wrong username or password');
        state.session = user.username;
        return { username: user.username };
      },
    }),
    ...['list_tickets', 'count_tickets', 'ticket_titles', 'oldest_ticket', 'newest_ticket'].map((name) =>
      defineDeskTool({
        name,
        description: 'Reads the tickets; needs a login.',
        input: z.object({}),
        annotations: { readOnlyHint: true },
        handler: (state) => {
          if (state.session === null) throw new ToolError('Authentication required: call login first');
          return { tickets: state.tickets.length };
        },
      }),
    ),
  ],
});
