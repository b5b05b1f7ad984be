import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * A session with the EnvFactory reference oracle (a Python tool run beside a checkout of the
 * reference; not part of this project): one long-lived `oracle.py --serve` process answering one
 * JSON line per request. Set ENVFACTORY_ORACLE to oracle.py's path and ENVFACTORY_GIT_DIR to the
 * reference's git directory, or pass them. For comparing an environment with its reference while it
 * is written (docs/adding-an-environment.md); tests in the project never need it.
 */
export interface OracleRequest {
  env: string;
  scenario?: unknown;
  calls?: { name: string; arguments?: unknown }[];
}

export interface OracleCall {
  name: string;
  arguments: unknown;
  isError: boolean;
  result: unknown;
  rolledBack?: boolean;
  nondeterministic?: string[];
}

export interface OracleAnswer {
  env: string;
  load?: { ok: boolean; message?: string };
  calls?: OracleCall[];
  final_state?: unknown;
  error?: string;
}

export class OracleSession {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: ((answer: OracleAnswer) => void)[] = [];

  constructor(options: { oracle?: string; gitDir?: string; python?: string } = {}) {
    const oracle = options.oracle ?? process.env.ENVFACTORY_ORACLE;
    const gitDir = options.gitDir ?? process.env.ENVFACTORY_GIT_DIR;
    if (!oracle || !gitDir) {
      throw new Error('The oracle needs ENVFACTORY_ORACLE (path to oracle.py) and ENVFACTORY_GIT_DIR (the reference git directory)');
    }
    this.child = spawn(options.python ?? 'python3', [oracle, '--git-dir', gitDir, '--serve'], { stdio: 'pipe' });
    createInterface({ input: this.child.stdout }).on('line', (line) => this.waiting.shift()?.(JSON.parse(line) as OracleAnswer));
  }

  /** What the reference answers for a scenario (omitted: its own defaults) and calls, atomically. */
  ask(request: OracleRequest): Promise<OracleAnswer> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.stdin.write(`${JSON.stringify(request)}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}
