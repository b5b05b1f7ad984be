// Where a live episode's bytes go, read from a V8 heap snapshot of the process: every entry of a
// MemoryEpisodeStore (the objects with own properties `record` and `trajectory`, and `snapshots` once one was taken) is
// walked, and each object it reaches is charged to the first part of the episode that reaches it
// (in PARTS order) — by self size, as V8 counts it. Objects reached from more than one episode (the
// preset's untouched parts, interned strings) are shared, and charged to no episode. What heapUsed
// grows by beyond the sum is outside the store: engine maps, timers, closures, promises.
import { getHeapSnapshot } from 'node:v8';

/** The parts of an episode, in the order they claim objects: the world as reset claims first. */
export const PARTS = [
  ['initialStates', 'the world as reset (record.initialStates)'],
  ['states', 'what the writes added to the state (record.states beyond the reset world)'],
  ['trajectory', 'trajectory entries (arguments, results, links)'],
  ['snapshots', 'the snapshots Map (none here: the store makes it on the first snapshot)'],
  ['record', "the record's own fields (id, servers, counters, seed, …)"],
  ['entry', 'the store entry object and its slot in the store Map'],
];

async function readSnapshot() {
  const chunks = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Bytes per episode of each part, summed over the store's entries and divided by their number,
 * plus the shared bytes (reached from two or more entries), for the episodes now in the heap.
 */
export async function episodeBreakdown() {
  const { snapshot, nodes, edges, strings } = await readSnapshot();
  const nodeFields = snapshot.meta.node_fields;
  const edgeFields = snapshot.meta.edge_fields;
  const N = nodeFields.length;
  const E = edgeFields.length;
  const [typeOf, nameOf, sizeOf, edgeCountOf] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nodeFields.indexOf(f));
  const [edgeTypeOf, edgeNameOf, edgeToOf] = ['type', 'name_or_index', 'to_node'].map((f) => edgeFields.indexOf(f));
  const nodeTypes = snapshot.meta.node_types[typeOf];
  const edgeTypes = snapshot.meta.edge_types[edgeTypeOf];
  const count = nodes.length / N;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i] + nodes[i * N + edgeCountOf] * E;

  const edgeName = (e) => {
    const type = edgeTypes[edges[e + edgeTypeOf]];
    return type === 'element' || type === 'hidden' ? null : strings[edges[e + edgeNameOf]];
  };
  const propertyTargets = (node) => {
    const out = {};
    for (let e = firstEdge[node]; e < firstEdge[node + 1]; e += E)
      if (edgeTypes[edges[e + edgeTypeOf]] === 'property') out[edgeName(e)] = edges[e + edgeToOf] / N;
    return out;
  };
  // Edges that lead out of an episode's own data into what every object shares: hidden classes,
  // prototypes, code. Weak edges keep nothing alive.
  const followed = (e) => {
    const type = edgeTypes[edges[e + edgeTypeOf]];
    if (type === 'weak' || type === 'shortcut') return false;
    const name = edgeName(e);
    return name !== 'map' && name !== '__proto__' && name !== 'constructor';
  };
  const leaf = (node) => ['code', 'closure', 'native', 'synthetic'].includes(nodeTypes[nodes[node * N + typeOf]]);

  // The store entries: objects whose own properties are exactly an Entry's.
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (nodeTypes[nodes[i * N + typeOf]] !== 'object' || strings[nodes[i * N + nameOf]] !== 'Object') continue;
    const props = propertyTargets(i);
    // `snapshots` is there only once the episode took one (memory-store.ts).
    if ('record' in props && 'trajectory' in props) entries.push({ node: i, props });
  }

  // Pass 1: which entry reached each node first, and whether another entry reached it too.
  const owner = new Int32Array(count).fill(-1);
  const part = new Int8Array(count).fill(-1);
  const shared = new Uint8Array(count);
  const stamp = new Int32Array(count).fill(-1);
  entries.forEach(({ node, props }, index) => {
    const record = propertyTargets(props.record);
    const roots = [record.initialStates, record.states, props.trajectory, props.snapshots, props.record, node];
    roots.forEach((root, partIndex) => {
      if (root === undefined) return;
      const stack = [root];
      while (stack.length) {
        const current = stack.pop();
        if (stamp[current] === index) continue;
        stamp[current] = index;
        if (owner[current] === -1) {
          owner[current] = index;
          part[current] = partIndex;
        } else if (owner[current] !== index) shared[current] = 1;
        if (leaf(current)) continue;
        for (let e = firstEdge[current]; e < firstEdge[current + 1]; e += E) {
          // The record's own walk stops at the parts already walked.
          if (partIndex === 4 && ['states', 'initialStates'].includes(edgeName(e))) continue;
          if (partIndex === 5 && ['record', 'trajectory', 'snapshots'].includes(edgeName(e))) continue;
          if (followed(e)) stack.push(edges[e + edgeToOf] / N);
        }
      }
    });
  });

  const bytes = new Array(PARTS.length).fill(0);
  let sharedBytes = 0;
  for (let i = 0; i < count; i++) {
    if (owner[i] === -1) continue;
    const size = nodes[i * N + sizeOf];
    if (shared[i]) sharedBytes += size;
    else bytes[part[i]] += size;
  }
  const episodes = entries.length;
  return {
    episodes,
    perEpisode: Object.fromEntries(PARTS.map(([key], i) => [key, bytes[i] / episodes])),
    sharedBytes,
  };
}
