/**
 * Every place in a JSON Schema where a value's schema states no `type`, or where a union is left
 * as `anyOf`/`oneOf`: the root, properties at any depth, array items, additional properties.
 * Paths read like `.filters.tags[]`; empty when every value is typed.
 */
export function untypedPlaces(schema: unknown, path = ''): string[] {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return [`${path || '(root)'}: not a schema object`];
  const node = schema as Record<string, unknown>;
  const found: string[] = [];
  if (node.type === undefined) found.push(`${path || '(root)'}: no type`);
  if (node.anyOf !== undefined || node.oneOf !== undefined) found.push(`${path || '(root)'}: a union left as anyOf/oneOf`);
  if (node.properties && typeof node.properties === 'object') {
    for (const [name, sub] of Object.entries(node.properties)) found.push(...untypedPlaces(sub, `${path}.${name}`));
  }
  if (node.items !== undefined) found.push(...untypedPlaces(node.items, `${path}[]`));
  if (node.additionalProperties !== undefined && typeof node.additionalProperties === 'object')
    found.push(...untypedPlaces(node.additionalProperties, `${path}{}`));
  return found;
}
