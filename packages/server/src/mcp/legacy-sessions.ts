import { randomUUID } from 'node:crypto';
import { LimitError } from '@envfleet/episodes';
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
 * Open sessions a server keeps by default. Each holds an SDK server and transport (and, on the
 * private routes, an episode); 10 000 of them is far more than the agents one gateway serves at once.
 */
export const DEFAULT_MAX_MCP_SESSIONS = 10_000;

/**
 * Sessions of 2025-era clients (initialize handshake, Mcp-Session-Id). Each session owns its
 * transport; idle ones are closed by `sweep`, because an abandoned session would otherwise keep its
 * transport and episode forever. At most `maxSessions` are open (or being opened) at once.
 */
export class LegacySessions {
  readonly #sessions = new Map<string, Session>();
  /** Sessions admitted whose initialize is still being answered. */
  #opening = 0;

  constructor(readonly maxSessions: number = DEFAULT_MAX_MCP_SESSIONS) {}

  get size(): number {
    return this.#sessions.size;
  }

  /**
   * Room for one more session, or a LimitError naming the setting; checked before anything is
   * created for the session. Call the returned function once its initialize has been answered.
   */
  admit(): () => void {
    if (this.#sessions.size + this.#opening >= this.maxSessions) {
      throw new LimitError(
        'capacity',
        `This server has ${this.#sessions.size + this.#opening} open MCP sessions, its limit (ENVFLEET_MAX_MCP_SESSIONS=${this.maxSessions}): close sessions you are done with (DELETE with their Mcp-Session-Id), wait for idle ones to expire, or raise ENVFLEET_MAX_MCP_SESSIONS`,
        'ENVFLEET_MAX_MCP_SESSIONS',
        this.maxSessions,
      );
    }
    this.#opening += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#opening -= 1;
    };
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
