/**
 * Our states hold BFCL's public attributes under their own names, plus private keys starting with
 * "_". Most classes' public part is already what the recorder writes; these adapters cover the ones
 * whose BFCL attributes are objects (docs/bfcl-recorded-format.md says how those are written).
 */

type Node = { type: 'file'; content: string } | { type: 'directory'; contents: Record<string, Node> };

function gorillaNode(name: string, node: Node): unknown {
  if (node.type === 'file') return { $class: 'File', name, content: node.content };
  return {
    $class: 'Directory',
    name,
    contents: Object.fromEntries(Object.entries(node.contents).map(([child, value]) => [child, gorillaNode(child, value)])),
  };
}

export const STATE_ADAPTERS: Record<string, (publicState: Record<string, unknown>) => unknown> = {
  // `root` is `{<name>: <directory>}` here (initial_config's shape) and a Directory object in BFCL.
  GorillaFileSystem: ({ root, ...rest }) => {
    const [name, dir] = Object.entries(root as Record<string, Node>)[0]!;
    return { ...rest, root: gorillaNode(name, dir) };
  },
};
