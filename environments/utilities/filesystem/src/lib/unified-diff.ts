// A unified diff of two line lists, line for line what Python's difflib.unified_diff produces with
// lineterm="" (the reference's edit_file output): same matching algorithm (SequenceMatcher with its
// "popular line" heuristic), same hunk grouping with 3 lines of context, same headers.

type Opcode = [tag: 'replace' | 'delete' | 'insert' | 'equal', i1: number, i2: number, j1: number, j2: number];
type Block = [i: number, j: number, size: number];

class SequenceMatcher {
  private readonly b2j = new Map<string, number[]>();

  constructor(
    private readonly a: string[],
    private readonly b: string[],
  ) {
    b.forEach((line, index) => {
      const indices = this.b2j.get(line);
      if (indices) indices.push(index);
      else this.b2j.set(line, [index]);
    });
    // Lines repeated in more than 1% of a long second sequence are ignored when seeding matches.
    if (b.length >= 200) {
      const limit = Math.floor(b.length / 100) + 1;
      for (const [line, indices] of [...this.b2j]) if (indices.length > limit) this.b2j.delete(line);
    }
  }

  private longestMatch(alo: number, ahi: number, blo: number, bhi: number): Block {
    const { a, b } = this;
    let besti = alo;
    let bestj = blo;
    let bestsize = 0;
    let lengths = new Map<number, number>();
    for (let i = alo; i < ahi; i += 1) {
      const next = new Map<number, number>();
      for (const j of this.b2j.get(a[i] as string) ?? []) {
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (lengths.get(j - 1) ?? 0) + 1;
        next.set(j, k);
        if (k > bestsize) {
          besti = i - k + 1;
          bestj = j - k + 1;
          bestsize = k;
        }
      }
      lengths = next;
    }
    // No junk set is used, so only the non-junk extension passes of difflib apply; they grow the
    // match over lines that the popularity heuristic left out of b2j.
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) {
      besti -= 1;
      bestj -= 1;
      bestsize += 1;
    }
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) {
      bestsize += 1;
    }
    return [besti, bestj, bestsize];
  }

  private matchingBlocks(): Block[] {
    const la = this.a.length;
    const lb = this.b.length;
    const queue: [number, number, number, number][] = [[0, la, 0, lb]];
    const blocks: Block[] = [];
    while (queue.length) {
      const [alo, ahi, blo, bhi] = queue.pop() as [number, number, number, number];
      const match = this.longestMatch(alo, ahi, blo, bhi);
      const [i, j, k] = match;
      if (k) {
        blocks.push(match);
        if (alo < i && blo < j) queue.push([alo, i, blo, j]);
        if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
      }
    }
    blocks.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
    const merged: Block[] = [];
    let [i1, j1, k1] = [0, 0, 0];
    for (const [i2, j2, k2] of blocks) {
      if (i1 + k1 === i2 && j1 + k1 === j2) k1 += k2;
      else {
        if (k1) merged.push([i1, j1, k1]);
        [i1, j1, k1] = [i2, j2, k2];
      }
    }
    if (k1) merged.push([i1, j1, k1]);
    merged.push([la, lb, 0]);
    return merged;
  }

  opcodes(): Opcode[] {
    let i = 0;
    let j = 0;
    const out: Opcode[] = [];
    for (const [ai, bj, size] of this.matchingBlocks()) {
      if (i < ai && j < bj) out.push(['replace', i, ai, j, bj]);
      else if (i < ai) out.push(['delete', i, ai, j, bj]);
      else if (j < bj) out.push(['insert', i, ai, j, bj]);
      i = ai + size;
      j = bj + size;
      if (size) out.push(['equal', ai, i, bj, j]);
    }
    return out;
  }

  groupedOpcodes(context: number): Opcode[][] {
    const codes = this.opcodes();
    if (codes.length === 0) codes.push(['equal', 0, 1, 0, 1]);
    const first = codes[0] as Opcode;
    if (first[0] === 'equal')
      codes[0] = ['equal', Math.max(first[1], first[2] - context), first[2], Math.max(first[3], first[4] - context), first[4]];
    const last = codes.at(-1) as Opcode;
    if (last[0] === 'equal')
      codes[codes.length - 1] = ['equal', last[1], Math.min(last[2], last[1] + context), last[3], Math.min(last[4], last[3] + context)];
    const groups: Opcode[][] = [];
    let group: Opcode[] = [];
    for (const code of codes) {
      let [tag, i1, i2, j1, j2] = code;
      if (tag === 'equal' && i2 - i1 > context * 2) {
        group.push([tag, i1, Math.min(i2, i1 + context), j1, Math.min(j2, j1 + context)]);
        groups.push(group);
        group = [];
        i1 = Math.max(i1, i2 - context);
        j1 = Math.max(j1, j2 - context);
      }
      group.push([tag, i1, i2, j1, j2]);
    }
    if (group.length && !(group.length === 1 && (group[0] as Opcode)[0] === 'equal')) groups.push(group);
    return groups;
  }
}

function range(start: number, stop: number): string {
  let beginning = start + 1;
  const length = stop - start;
  if (length === 1) return `${beginning}`;
  if (!length) beginning -= 1;
  return `${beginning},${length}`;
}

/** The diff lines (no line terminators), empty when the two sides are equal. */
export function unifiedDiff(a: string[], b: string[], fromFile: string, toFile: string, context = 3): string[] {
  const out: string[] = [];
  for (const group of new SequenceMatcher(a, b).groupedOpcodes(context)) {
    if (out.length === 0) out.push(`--- ${fromFile}`, `+++ ${toFile}`);
    const first = group[0] as Opcode;
    const last = group.at(-1) as Opcode;
    out.push(`@@ -${range(first[1], last[2])} +${range(first[3], last[4])} @@`);
    for (const [tag, i1, i2, j1, j2] of group) {
      if (tag === 'equal') {
        for (const line of a.slice(i1, i2)) out.push(` ${line}`);
        continue;
      }
      if (tag === 'replace' || tag === 'delete') for (const line of a.slice(i1, i2)) out.push(`-${line}`);
      if (tag === 'replace' || tag === 'insert') for (const line of b.slice(j1, j2)) out.push(`+${line}`);
    }
  }
  return out;
}
