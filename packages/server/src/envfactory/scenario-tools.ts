import type { Tool as McpTool } from '@modelcontextprotocol/server';
import { pydanticValidationText } from './pydantic-validation.js';

/**
 * `load_scenario` and `save_scenario` as every EnvFactory reference server declares them
 * (`def load_scenario(scenario: dict) -> str`, `def save_scenario() -> dict`), with the schemas
 * FastMCP derives from those signatures: the argument models are named `<tool>Arguments`, and a
 * `str` result is wrapped in a `<tool>Output` model, which is why only load_scenario has an
 * output schema and structured content.
 */
export const LOAD_SCENARIO = 'load_scenario';
export const SAVE_SCENARIO = 'save_scenario';

/** What every reference's load_scenario answers once the scenario is in. */
export const LOADED = 'Successfully loaded scenario';

export function scenarioTools(server: string): McpTool[] {
  return [
    {
      name: LOAD_SCENARIO,
      description: `Load scenario data into the ${server} environment.\n\nArgs:\n    scenario (dict): Scenario dictionary matching the ${server} scenario schema.\n\nReturns:\n    success_message (str): Success message.`,
      inputSchema: {
        type: 'object',
        properties: { scenario: { additionalProperties: true, title: 'Scenario', type: 'object' } },
        required: ['scenario'],
        title: 'load_scenarioArguments',
      },
      outputSchema: {
        type: 'object',
        properties: { result: { title: 'Result', type: 'string' } },
        required: ['result'],
        title: 'load_scenarioOutput',
      },
    },
    {
      name: SAVE_SCENARIO,
      description: `Save the current ${server} state as a scenario dictionary.\n\nReturns:\n    scenario (dict): Dictionary containing all current state variables.`,
      inputSchema: { type: 'object', properties: {}, title: 'save_scenarioArguments' },
    },
  ];
}

/**
 * The scenario load_scenario was given, read as FastMCP reads `scenario: dict` (a JSON text is
 * parsed first), or the pydantic text FastMCP answers when it is missing or not an object.
 */
export function readScenarioArgument(args: Record<string, unknown>): { scenario: Record<string, unknown> } | { error: string } {
  if (!Object.hasOwn(args, 'scenario')) return { error: validationError('missing', 'Field required', args) };
  let value = args.scenario;
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      // FastMCP keeps the text when it parses to a plain string or number.
      if (typeof parsed !== 'string' && typeof parsed !== 'number') value = parsed;
    } catch {
      // Not JSON: validated as the text it is.
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: validationError('dict_type', 'Input should be a valid dictionary', value) };
  }
  return { scenario: value as Record<string, unknown> };
}

/** Pydantic's one-error ValidationError text for the `scenario` argument of load_scenario. */
function validationError(type: string, msg: string, input: unknown): string {
  return pydanticValidationText('load_scenarioArguments', [{ loc: ['scenario'], type, msg, input }]);
}
