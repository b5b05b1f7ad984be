// Child processes of the bench: servers under load and figures measured in a clean process.
// Every child talks over IPC, stops when asked, and is killed if it does not — or if we exit first.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { benchDir } from './workspace.mjs';

const live = new Set();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/**
 * With BENCH_CPU_PROF_DIR set (bench/profile.mjs), every server child writes a CPU profile named
 * after its role there when it stops: under load the hot frames are in the server, not in the
 * load generator.
 */
function profileFlags(role) {
  const dir = process.env.BENCH_CPU_PROF_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`, `--cpu-prof-name=${role}.cpuprofile`] : [];
}

function spawnChild(file, args, execArgv) {
  const child = fork(file, args, { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

function nextMessage(child, type, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`bench: ${what} sent no "${type}" within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message) => {
      if (message?.type === 'error') fail(new Error(`bench: ${what} failed: ${message.message}`));
      else if (message?.type === type) done(() => resolve(message));
    };
    const onExit = (code, signal) => fail(new Error(`bench: ${what} exited (${signal ?? code}) before sending "${type}"`));
    const done = (then) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      then();
    };
    const fail = (error) => done(() => reject(error));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function stopChild(child, graceMs = 10_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (child.connected) child.send({ type: 'stop' });
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts bench/servers/<script> (a server listening on 127.0.0.1, port chosen by the OS) and
 * resolves once it listens.
 */
export async function startServer(script, { role = script.replace(/\.mjs$/, ''), args = [] } = {}) {
  const child = spawnChild(join(benchDir, 'servers', script), args, profileFlags(role));
  const { port } = await nextMessage(child, 'listening', 30_000, `server ${role}`);
  return {
    role,
    url: `http://127.0.0.1:${port}`,
    /** CPU seconds (user + system) the server process has used so far. */
    async cpuSeconds() {
      child.send({ type: 'cpu' });
      const { usage } = await nextMessage(child, 'cpu', 10_000, `server ${role}`);
      return (usage.user + usage.system) / 1e6;
    },
    stop: () => stopChild(child),
  };
}

/**
 * Runs bench/figures/<name>.mjs in its own process and resolves with the metrics it reports, and
 * `skipped` (the reason) when it could not be measured on this machine.
 */
export async function runFigure(name, { quick, execArgv = [], timeoutMs }) {
  const child = spawnChild(join(benchDir, 'lib', 'figure-process.mjs'), [name, ...(quick ? ['--quick'] : [])], execArgv);
  try {
    const { metrics, skipped } = await nextMessage(child, 'metrics', timeoutMs, `figure ${name}`);
    return { metrics, skipped };
  } finally {
    await stopChild(child);
  }
}
