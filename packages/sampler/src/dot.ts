import type { ToolGraph } from './graph.js';

/** The graph in Graphviz's language: one cluster per server, each edge labelled field → argument. */
export function graphToDot(graph: ToolGraph): string {
  const lines = ['digraph tools {', '  rankdir=LR;', '  node [shape=box, fontsize=10];', '  edge [fontsize=8];'];
  graph.servers.forEach((server, index) => {
    lines.push(`  subgraph cluster_${index} {`, `    label=${quote(server)};`);
    for (const node of graph.nodes) {
      if (node.server !== server) continue;
      lines.push(`    ${quote(node.name)} [label=${quote(node.tool)}${node.readOnly ? ', style=rounded' : ''}];`);
    }
    lines.push('  }');
  });
  for (const edge of graph.edges) {
    const label = edge.field === edge.argument ? edge.argument : `${edge.field} → ${edge.argument}`;
    lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)} [label=${quote(label)}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function quote(text: string): string {
  return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
}
