// A figure that cannot be measured on this machine for a reason outside envfleet (an optional
// baseline not installed) throws SkipFigure: the run prints the reason on one line and goes on,
// and the results record it under `skipped`. Anything else a figure throws is a failure.
export class SkipFigure extends Error {
  name = 'SkipFigure';
}
