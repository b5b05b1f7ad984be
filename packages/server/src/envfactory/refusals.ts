import { LocalRuntime, type ServerRuntime } from '@envfleet/episodes';
import { argumentIssues, argumentsJsonSchema, coerceLax, type JsonSchema } from '@envfleet/kit';
import { pydanticErrorsFromZod, pydanticValidationText } from './pydantic-validation.js';
import { scenarioModelName, scenarioRefusalPrefix } from './scenario-model-names.js';

const schemas = new WeakMap<LocalRuntime, JsonSchema>();

/**
 * The text the reference gives a scenario its model refuses (`1 validation error for
 * RetailScenario …`), from the fleet's own reading of the same scenario: read laxly as the episode
 * engine reads it, then each zod issue worded as pydantic words it. Undefined when the server runs
 * elsewhere (no schema here) or when, read here, the scenario fits after all.
 */
export function scenarioRefusal(runtime: ServerRuntime, scenario: Record<string, unknown>): string | undefined {
  if (!(runtime instanceof LocalRuntime)) return undefined;
  let schema = schemas.get(runtime);
  if (!schema) {
    schema = argumentsJsonSchema(runtime.environment.scenario);
    schemas.set(runtime, schema);
  }
  const parsed = runtime.environment.scenario.safeParse(coerceLax(schema, scenario));
  if (parsed.success) return undefined;
  const errors = pydanticErrorsFromZod(parsed.error.issues, scenario, schema);
  return scenarioRefusalPrefix(runtime.name) + pydanticValidationText(scenarioModelName(runtime.name), errors);
}

/**
 * The text the reference gives a call whose arguments its `<tool>Arguments` model refuses
 * (`2 validation errors for get_orderArguments …`), or undefined when the arguments fit (the call
 * failed in the tool itself) or the server runs elsewhere.
 */
export function argumentsRefusal(runtime: ServerRuntime, name: string, args: Record<string, unknown>): string | undefined {
  if (!(runtime instanceof LocalRuntime)) return undefined;
  const tool = runtime.environment.tools.get(name);
  if (!tool) return undefined;
  const issues = argumentIssues(tool.input, tool.inputSchema, args);
  if (issues.length === 0) return undefined;
  return pydanticValidationText(`${name}Arguments`, pydanticErrorsFromZod(issues, args, tool.inputSchema));
}
