// @envfleet/kit — define an environment: its scenario, its tools, and how a call runs.
// No I/O here: transports, stores and episodes live in other packages.

// Environments and tools
export { defineEnvironment, DOMAINS } from './environment.js';
export type { CallOptions, CallOutcome, Domain, Environment, EnvironmentDefinition } from './environment.js';
export { defineTool, toolsFor } from './tool.js';
export { readOnly } from './read-only.js';
export { notImplemented } from './not-implemented.js';
export { anyInteger } from './any-integer.js';
export type { Tool, ToolAnnotations, ToolDefinition, ToolHandler } from './tool.js';

// Errors a tool or a scenario reports
export { ToolError, isToolError } from './tool-error.js';
export { ScenarioError } from './scenario-error.js';

// Determinism: the context every handler receives
export { createToolContext, DEFAULT_EPOCH, seededGenerator } from './context.js';
export type { ToolContext } from './context.js';

// Argument reading and JSON helpers shared by transports
export { argumentIssues, coerceLax, readArguments } from './lax-arguments.js';
export { readLaxModel } from './lax-model.js';
export type { LaxModelReading } from './lax-model.js';
export { argumentsJsonSchema } from './json-schema.js';
export type { JsonSchema } from './json-schema.js';
export { toPlainJson } from './plain-json.js';
export type { JsonValue } from './plain-json.js';

// Naming what a caller got wrong: the name they meant, and long names clipped for messages
// Server and tool names, as the wire contract defines them
export { isPlainName, NAME_PATTERN, qualifiedToolName, splitToolName } from '@envfleet/contract';
export { closestName } from './suggest.js';
export { clipText } from './clip-text.js';

// Python semantics the references depend on
export { formatFixed } from './format-fixed.js';
export { asciiDigits, parsePythonFloat } from './python-float.js';
export { PYTHON_MAX_INT_DIGITS, parsePythonInt } from './python-int.js';
export {
  canonicalIntegerText,
  DIGITS_WITH_UNDERSCORES,
  isIntegerText,
  underscoresBetweenDigits,
  withoutUnderscores,
} from './digit-underscores.js';
export { pythonSplit, pythonStrip } from './python-whitespace.js';
export { pythonSlice } from './python-slice.js';
export { pythonIsDecimal, pythonIsDigit } from './python-isdigit.js';
export { compareCodePoints } from './compare-code-points.js';
export { containsText, indexOfText } from './text-search.js';
export { compileGlob, matchGlob } from './glob.js';
export type { GlobMatcher } from './glob.js';
export { pythonFloatRepr, pythonNumberRepr, pythonRepr, pythonStr, pythonStringRepr, pythonTruthy } from './python-repr.js';
export { codePointLength, utf8Length } from './utf8.js';
export { md5Hex } from './md5.js';
export { stableHash } from './stable-hash.js';
export { PythonRandom } from './python-random.js';
export { pythonRound } from './python-round.js';
export { pythonArithmetic } from './python-arithmetic.js';
export { daysInMonth, pythonStrptime, wallClockSeconds } from './python-strptime.js';
export { hasEmailShape } from './email-shape.js';
export type { WallClock } from './python-strptime.js';
export { pythonEquals } from './python-equals.js';

// Lookups in id-keyed scenario maps that never see inherited members
export { emptyMap, hasEntry, ownEntry } from './own.js';

// Tool inputs and scenario fields: zod shapes the reference's types need
export { defaultNull } from './schema-helpers.js';
export { integerKeyed } from './integer-keyed.js';
export { keyedRecord } from './keyed-record.js';

// Running a script of calls (tests, replays)
export { runCalls } from './run-calls.js';
export type { ScriptedCall } from './run-calls.js';

// State drafts, for handler signatures
export type { Draft } from 'immer';
