// @envfleet/sampler — the tool graph of a set of servers (which tool's result feeds which tool's
// argument) and a seeded sampler of multi-step tasks walked along it, each replayed and scored
// before it is kept. Depends on the environments alone: no reference, no model.

// The tool graph
export { buildToolGraph, linkable } from './graph.js';
export type { GraphEdge, GraphNode, GraphOptions, StateArgument, ToolGraph } from './graph.js';
export { graphToDot } from './dot.js';

// Sampling and verifying tasks
export { sampleTasks } from './sampler.js';
export type { Finding, Rejected, SampleOptions, SampleReport } from './sampler.js';
export { replayTask, verifyTask } from './verify.js';
export type { VerifyFailure } from './verify.js';
export { sampledTask, taskKey } from './task.js';
export type { SampledCall, SampledTask } from './task.js';
export type { Coverage, ServerCoverage } from './coverage.js';
export { startingStates } from './worlds.js';

// The pieces, for tests and other walkers
export { fillArguments } from './fill.js';
export type { ArgumentSource, FillableTool, FilledArguments, Random } from './fill.js';
export { harvest } from './harvest.js';
export type { FoundValue } from './harvest.js';
export { canonicalName, nameFit } from './names.js';
export { parametersOf } from './parameters.js';
export type { Parameter, ValueKind } from './parameters.js';
export { ValuePool } from './pool.js';
export type { PooledValue } from './pool.js';
