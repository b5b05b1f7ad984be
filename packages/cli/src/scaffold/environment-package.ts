import type { Domain } from '@envfleet/kit';
import type { CatalogTool } from '../catalog.js';
import { camelCase, kebabCase } from './names.js';
import { readModels, scenarioSource } from './pydantic-models.js';
import { substitute, TEMPLATE_TOOL_FILE, templateFiles } from './template.js';
import { zodSourceForInput } from './zod-source.js';

export interface EnvironmentScaffold {
  name: string;
  domain: Domain;
  tools: CatalogTool[];
  /** The reference server's Python source, when given: its pydantic models become the scenario skeleton. */
  referencePython?: string;
}

const TEMPLATE_SCENARIO = 'export const scenarioSchema = z.object({\n  records: z.record(z.string(), z.looseObject({})).default({}),\n});';

/** The files of a new environment package, by path relative to its folder. */
export function environmentFiles(request: EnvironmentScaffold): Record<string, string> {
  const template = templateFiles();
  const read = (file: string) => template.get(file) ?? missing(file);
  const envNames: [string, string][] = [
    ['ExampleEnv', request.name],
    ['exampleEnv', camelCase(request.name)],
    ['example-env', kebabCase(request.name)],
  ];
  const tools = request.tools.map((tool) => ({ ...tool, camel: camelCase(tool.name), kebab: kebabCase(tool.name) }));
  const files: Record<string, string> = {};

  for (const tool of tools) {
    const input = zodSourceForInput(tool.inputSchema, `${request.name}.${tool.name}`);
    const kitImports = [
      'notImplemented',
      ...(input.includes('anyInteger()') ? ['anyInteger'] : []),
      ...(input.includes('defaultNull(') ? ['defaultNull'] : []),
    ];
    files[`src/tools/${tool.kebab}.ts`] = substitute(
      read(TEMPLATE_TOOL_FILE),
      TEMPLATE_TOOL_FILE,
      [
        ["import { notImplemented } from '@envfleet/kit';", `import { ${kitImports.sort().join(', ')} } from '@envfleet/kit';`],
        ['input: z.object({}),', `input: ${input},`],
        ['example_action', tool.name],
        ['exampleAction', tool.camel],
      ],
      envNames,
    );
  }

  const byFile = [...tools].sort((a, b) => a.kebab.localeCompare(b.kebab));
  files['src/index.ts'] = substitute(
    read('src/index.ts'),
    'src/index.ts',
    [
      [
        "import { exampleAction } from './tools/example-action.js';",
        byFile.map((tool) => `import { ${tool.camel} } from './tools/${tool.kebab}.js';`).join('\n'),
      ],
      ['tools: [exampleAction],', `tools: [${tools.map((tool) => tool.camel).join(', ')}],`],
      ["domain: 'utilities',", `domain: '${request.domain}',`],
    ],
    envNames,
  );

  const scenario = scenarioSkeleton(request);
  const kitImport = "import { toolsFor } from '@envfleet/kit';";
  files['src/scenario.ts'] = substitute(
    read('src/scenario.ts'),
    'src/scenario.ts',
    [
      [' @scaffold:scenario', ''],
      [TEMPLATE_SCENARIO, scenario],
      [kitImport, scenario.includes('integerKeyed(') ? "import { integerKeyed, toolsFor } from '@envfleet/kit';" : kitImport],
    ],
    envNames,
  );

  const domainTitle = `${request.domain.charAt(0).toUpperCase()}${request.domain.slice(1)}`;
  files['README.md'] = substitute(
    read('README.md'),
    'README.md',
    [
      ['| `example_action` | TODO |', tools.map((tool) => `| \`${tool.name}\` | TODO |`).join('\n')],
      ['Utilities domain.', `${domainTitle} domain.`],
    ],
    envNames,
  );
  files['package.json'] = substitute(
    read('package.json'),
    'package.json',
    [
      ['"utilities"', `"${request.domain}"`],
      ['utilities domain', `${request.domain} domain`],
    ],
    envNames,
  );
  files['src/main.ts'] = substitute(read('src/main.ts'), 'src/main.ts', [], envNames);
  files['src/presets/demo.ts'] = read('src/presets/demo.ts');
  files[`test/${kebabCase(request.name)}.test.ts`] = substitute(
    read('test/example-env.test.ts'),
    'test/example-env.test.ts',
    [
      [
        "  it.todo('example_action: happy path, error cases, state unchanged on failure');",
        tools.map((tool) => `  it.todo('${tool.name}: happy path, error cases, state unchanged on failure');`).join('\n'),
      ],
    ],
    envNames,
  );
  return files;
}

function scenarioSkeleton(request: EnvironmentScaffold): string {
  const fromReference = request.referencePython ? scenarioSource(readModels(request.referencePython)) : undefined;
  if (fromReference) return fromReference.source;
  return [
    `// TODO: the fields of the reference's ${request.name} scenario model (run new-env with --reference to derive them).`,
    'export const scenarioSchema = z.object({});',
  ].join('\n');
}

function missing(file: string): never {
  throw new Error(`Template file ${file} is missing from packages/cli/templates/environment`);
}
