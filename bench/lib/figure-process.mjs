// Runs one figure in a process of its own (a clean heap, its own JIT state, flags such as
// --expose-gc or --cpu-prof) and reports its metrics to the parent over IPC — or, when the figure
// throws SkipFigure, no metrics and the reason it was skipped.
import { SkipFigure } from './skip.mjs';

const [name, ...flags] = process.argv.slice(2);
const quick = flags.includes('--quick');

process.on('disconnect', () => process.exit(1));
process.on('message', (message) => {
  if (message?.type === 'stop') process.exit(0);
});

try {
  const figure = await import(`../figures/${name}.mjs`);
  const metrics = await figure.measure({ quick });
  process.send({ type: 'metrics', metrics });
} catch (error) {
  if (error instanceof SkipFigure) process.send({ type: 'metrics', metrics: {}, skipped: error.message });
  else process.send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
