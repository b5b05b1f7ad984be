/**
 * What verl accepts as a tool config file, written from its source (RolandXMR/verl at dab0fcb):
 * `verl/tools/tool_registry.py` `initialize_tools_from_config` reads `tools[]`, each with a
 * `class_name`, a `config` whose `type` is a `ToolType` (only "native"), and a `tool_schema` it
 * validates as `OpenAIFunctionToolSchema` (`verl/tools/schemas.py`): `type` a string; `function`
 * with `name` and `description` strings (description is required), `strict` a bool if given, and
 * `parameters` whose `type` is a string, `properties` a map of property schemas each with `type` a
 * string or a list of strings (required), `description` a string or null, `enum` a list or null,
 * and `required` a list of strings. Pydantic ignores other keys (extra="ignore").
 * Answers the list of what breaks those rules, one line each, empty when verl would load it.
 */
export function verlToolConfigIssues(config: unknown): string[] {
  const issues: string[] = [];
  if (!isObject(config) || !Array.isArray(config.tools)) return ['the file has no `tools` list'];
  for (const [index, entry] of (config.tools as unknown[]).entries()) {
    const at = `tools[${index}]`;
    if (!isObject(entry)) {
      issues.push(`${at} is not a mapping`);
      continue;
    }
    if (typeof entry.class_name !== 'string' || !/^[A-Za-z_][\w.]*\.[A-Za-z_]\w*$/.test(entry.class_name))
      issues.push(`${at}.class_name is not a dotted module.Class name`);
    if (!isObject(entry.config) || entry.config.type !== 'native') issues.push(`${at}.config.type is not "native"`);
    if (isObject(entry.tool_schema)) issues.push(...toolSchemaIssues(entry.tool_schema, `${at}.tool_schema`));
    else issues.push(`${at}.tool_schema is missing`);
  }
  return issues;
}

function toolSchemaIssues(schema: Record<string, unknown>, at: string): string[] {
  const issues: string[] = [];
  if (typeof schema.type !== 'string') issues.push(`${at}.type is not a string`);
  const fn = schema.function;
  if (!isObject(fn)) return [...issues, `${at}.function is missing`];
  if (typeof fn.name !== 'string') issues.push(`${at}.function.name is not a string`);
  if (typeof fn.description !== 'string') issues.push(`${at}.function.description is not a string`);
  if (fn.strict !== undefined && typeof fn.strict !== 'boolean') issues.push(`${at}.function.strict is not a bool`);
  if (fn.parameters === undefined) return issues;
  const parameters = fn.parameters;
  if (!isObject(parameters)) return [...issues, `${at}.function.parameters is not a mapping`];
  if (typeof parameters.type !== 'string') issues.push(`${at}.function.parameters.type is not a string`);
  if (!isObject(parameters.properties)) issues.push(`${at}.function.parameters.properties is not a mapping`);
  if (parameters.required !== undefined && !(Array.isArray(parameters.required) && parameters.required.every((r) => typeof r === 'string')))
    issues.push(`${at}.function.parameters.required is not a list of strings`);
  for (const [name, property] of Object.entries(isObject(parameters.properties) ? parameters.properties : {})) {
    const where = `${at}.function.parameters.properties.${name}`;
    if (!isObject(property)) {
      issues.push(`${where} is not a mapping`);
      continue;
    }
    const { type, description, enum: values } = property;
    if (!(typeof type === 'string' || (Array.isArray(type) && type.every((t) => typeof t === 'string'))))
      issues.push(`${where}.type is not a string or a list of strings`);
    if (description !== undefined && description !== null && typeof description !== 'string')
      issues.push(`${where}.description is not a string`);
    if (values !== undefined && values !== null && !Array.isArray(values)) issues.push(`${where}.enum is not a list`);
  }
  return issues;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
