// The spellings one catalog name takes in a package: GoogleTasks → google-tasks, googleTasks;
// list_task_lists → list-task-lists, listTaskLists.

export function kebabCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replaceAll('_', '-')
    .toLowerCase();
}

const RESERVED = new Set(['delete', 'new', 'default', 'function', 'class', 'export', 'import', 'return', 'switch', 'case', 'in', 'do']);

export function camelCase(name: string): string {
  const words = kebabCase(name).split('-').filter(Boolean);
  const camel = words.map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('');
  return RESERVED.has(camel) ? `${camel}Tool` : camel;
}
