import { randomUUID } from 'node:crypto';
import { NodeStreamableHTTPServerTransport } from '@modelcontextprotocol/node';
import type { Server } from '@modelcontextprotocol/server';

interface Session {
  transport: NodeStreamableHTTPServerTransport;
  server: Server;
  /** The URL scope the session was opened on; requests from another route may not use it. */
  scope: string;
  lastSeen: number;
  onClose: () => Promise<void> | void;
}

/**
 * Sessions of 2025-era clients (initialize handshake, Mcp-Session-Id). Each session owns its
 * transport; idle ones are closed by `sweep`, because an abandoned session would otherwise keep its
 * transport and episode forever.
 */
export class LegacySessions {
  readonly #sessions = new Map<string, Session>();

  get size(): number {
    return this.#sessions.size;
  }

  get(id: string, scope: string): Session | undefined {
    const session = this.#sessions.get(id);
    if (!session || session.scope !== scope) return undefined;
    session.lastSeen = Date.now();
    return session;
  }

  async open(scope: string, server: Server, onClose: Session['onClose']): Promise<NodeStreamableHTTPServerTransport> {
    const transport = new NodeStreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        this.#sessions.set(id, { transport, server, scope, lastSeen: Date.now(), onClose });
      },
    });
    transport.onclose = () => {
      const id = transport.sessionId;
      const session = id ? this.#sessions.get(id) : undefined;
      if (id && session) {
        this.#sessions.delete(id);
        void session.onClose();
      }
    };
    await server.connect(transport);
    return transport;
  }

  /** Closes sessions idle for longer than `idleMs`. */
  async sweep(idleMs: number): Promise<number> {
    const cutoff = Date.now() - idleMs;
    const stale = [...this.#sessions.values()].filter((session) => session.lastSeen < cutoff);
    await Promise.all(stale.map((session) => session.transport.close()));
    return stale.length;
  }

  async closeAll(): Promise<void> {
    await Promise.all([...this.#sessions.values()].map((session) => session.transport.close()));
    this.#sessions.clear();
  }
}
