// What a run leaves behind: results JSON, a table on stdout, and the table kept in bench/README.md.
import { cpus, freemem, loadavg, totalmem, availableParallelism } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function machine() {
  const [cpu] = cpus();
  return {
    cpuModel: cpu?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    freeMemoryGiB: Number((freemem() / 2 ** 30).toFixed(1)),
    // Other work on the machine at the start: the ratios are built to hold anyway, the absolute
    // figures are not.
    loadAverage1m: Number(loadavg()[0].toFixed(2)),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
  };
}

export function writeResults(path, results) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
}

const status = (entry) => (entry.goal === undefined ? '' : entry.met ? 'met' : 'UNMET');

/** Goal figures first (in the order), then the rest in the order they were measured. */
function rows(metrics, goalKeys) {
  const keys = [...goalKeys.filter((key) => key in metrics), ...Object.keys(metrics).filter((key) => !goalKeys.includes(key))];
  return keys.map((key) => {
    const entry = metrics[key];
    const goal = (entry.goal ?? '').replace(/\d+(\.\d+)?/, (n) => Number(n).toLocaleString('en-US'));
    const base = entry.baseline && metrics[entry.baseline];
    const baseline = base ? `${entry.baseline} ${base.value.toLocaleString('en-US')} ${base.unit}` : '';
    return { key, value: `${entry.value.toLocaleString('en-US')} ${entry.unit}`, baseline, goal, status: status(entry) };
  });
}

export function textTable(metrics, goalKeys) {
  const table = rows(metrics, goalKeys);
  const width = (field, title) => Math.max(title.length, ...table.map((row) => row[field].length));
  const columns = [
    ['key', 'figure'],
    ['value', 'value'],
    ['baseline', 'baseline (same run)'],
    ['goal', 'goal'],
    ['status', 'status'],
  ].map(([field, title]) => ({ field, title, width: width(field, title) }));
  const line = (cells) =>
    cells
      .map((cell, i) => cell.padEnd(columns[i].width))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((c) => c.title)),
    line(columns.map((c) => '-'.repeat(c.width))),
    ...table.map((row) => line(columns.map((c) => row[c.field]))),
  ].join('\n');
}

export function markdownTable(results, goalKeys) {
  const m = results.machine;
  const head = `Run of ${m.date.slice(0, 10)} on ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node} (load average ${m.loadAverage1m} at start).`;
  const lines = ['| figure | value | baseline (same run) | goal | status |', '|---|---:|---|---|---|'];
  for (const row of rows(results.metrics, goalKeys))
    lines.push(`| \`${row.key}\` | ${row.value} | ${row.baseline} | ${row.goal.replace('>=', '≥').replace('<=', '≤')} | ${row.status} |`);
  return `${head}\n\n${lines.join('\n')}`;
}

const START = '<!-- bench:latest:start -->';
const END = '<!-- bench:latest:end -->';

/** Replaces the generated table between the markers of bench/README.md, nothing else. */
export function updateReadme(path, table) {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`bench: ${path} lost its ${START} … ${END} markers`);
  writeFileSync(path, `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`);
}
