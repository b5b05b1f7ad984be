/** The parts of a tool's JSON Schema (as the kit publishes it) that generation needs. */
export type Schema = { [key: string]: unknown };

export interface Parameter {
  name: string;
  schema: Schema;
  required: boolean;
}

export function parametersOf(inputSchema: Schema): Parameter[] {
  const properties = (inputSchema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((inputSchema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => ({ name, schema, required: required.has(name) }));
}

/** The non-null branches of a schema (`anyOf [T, null]` is T), and whether null is allowed. */
export function branchesOf(schema: Schema): { branches: Schema[]; nullable: boolean } {
  if (Array.isArray(schema.anyOf)) {
    const all = schema.anyOf as Schema[];
    const branches = all.filter((branch) => branch.type !== 'null');
    return { branches: branches.length ? branches : [{}], nullable: branches.length < all.length };
  }
  return { branches: [schema], nullable: schema.type === 'null' };
}

/** Whether any branch of the schema is of this JSON type. */
export function accepts(schema: Schema, type: string): boolean {
  return branchesOf(schema).branches.some((branch) => branch.type === type || (type === 'number' && branch.type === 'integer'));
}
