import type { ToolGraph } from './graph.js';

export interface ServerCoverage {
  server: string;
  tools: number;
  /** Tools some emitted task calls, and those with at least one successful call. */
  toolsCalled: number;
  toolsSucceeded: number;
  /** Edges between this server's own tools, and those a task followed: a result's value used by a later call that succeeded. */
  edges: number;
  edgesReached: number;
}

export interface Coverage {
  servers: ServerCoverage[];
  /** Edges from one server's tool to another's, and those a task followed. */
  crossServerEdges: number;
  crossServerEdgesReached: number;
}

/** What the emitted tasks reached so far. */
export class CoverageTally {
  readonly called = new Set<string>();
  readonly succeeded = new Set<string>();
  readonly edges = new Set<string>();

  summarize(graph: ToolGraph): Coverage {
    const serverOf = new Map(graph.nodes.map((node) => [node.name, node.server]));
    const servers = graph.servers.map((server) => {
      const tools = graph.nodes.filter((node) => node.server === server);
      const own = graph.edges.filter((edge) => serverOf.get(edge.from) === server && serverOf.get(edge.to) === server);
      return {
        server,
        tools: tools.length,
        toolsCalled: tools.filter((node) => this.called.has(node.name)).length,
        toolsSucceeded: tools.filter((node) => this.succeeded.has(node.name)).length,
        edges: own.length,
        edgesReached: own.filter((edge) => this.edges.has(edgeKey(edge))).length,
      };
    });
    const cross = graph.edges.filter((edge) => serverOf.get(edge.from) !== serverOf.get(edge.to));
    return {
      servers,
      crossServerEdges: cross.length,
      crossServerEdgesReached: cross.filter((edge) => this.edges.has(edgeKey(edge))).length,
    };
  }
}

export function edgeKey(edge: { from: string; to: string; argument: string }): string {
  return `${edge.from}>${edge.to}:${edge.argument}`;
}
