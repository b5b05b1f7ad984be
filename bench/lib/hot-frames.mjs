// Reads a V8 .cpuprofile (node --cpu-prof) and names its hottest frames: by self time (where the
// CPU actually was) and by total time for frames of this workspace (which of our calls it was under),
// as shares of the time the process was busy.
import { readFileSync } from 'node:fs';
import { workspaceRoot } from './workspace.mjs';

function frameName(callFrame) {
  const where = callFrame.url
    ? `${callFrame.url.replace(`file://${workspaceRoot}`, '').replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')}:${callFrame.lineNumber + 1}`
    : '';
  return `${callFrame.functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
}

export function hotFrames(path, top = 15) {
  const profile = JSON.parse(readFileSync(path, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const selfMicros = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  // Shares are of the time the process was busy: a server's idle time only says how long it
  // waited for load, and would dilute every other frame.
  let idleMicros = 0;
  let totalMicros = 0;
  for (const [id, micros] of selfMicros) {
    if (nodes.get(id).callFrame.functionName === '(idle)') idleMicros += micros;
    else totalMicros += micros;
  }

  const self = new Map();
  const inclusive = new Map();
  for (const [id, micros] of selfMicros) {
    const leaf = nodes.get(id);
    if (leaf.callFrame.functionName === '(idle)') continue;
    const name = frameName(leaf.callFrame);
    self.set(name, (self.get(name) ?? 0) + micros);
    // Each frame on the stack gets the sample once, however deep its recursion.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const node = nodes.get(at);
      if (!node.callFrame.url.includes(workspaceRoot) || node.callFrame.url.includes('node_modules')) continue;
      const key = frameName(node.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  }
  const ranked = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([frame, micros]) => ({ frame, percent: Number(((100 * micros) / totalMicros).toFixed(1)) }));
  return {
    busyMillis: Math.round(totalMicros / 1000),
    idleMillis: Math.round(idleMicros / 1000),
    bySelfTime: ranked(self),
    ourFramesByTotalTime: ranked(inclusive),
  };
}
