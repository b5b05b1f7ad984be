// Loaded into the gateway process with `node --expose-gc --import <this file>`: answers the soak's
// `{type: "memory"}` over IPC with its memory after a full collection, so that the curve shows what
// is still referenced rather than where the collector happened to be. Nothing else in the process
// changes. When the soak goes away, so does the gateway.
const collect = (globalThis as { gc?: () => void }).gc;

process.on('message', (message: { type?: string }) => {
  if (message?.type !== 'memory') return;
  collect?.();
  const usage = process.memoryUsage();
  process.send?.({ type: 'memory', collected: collect !== undefined, ...usage });
});
process.on('disconnect', () => process.exit(1));
