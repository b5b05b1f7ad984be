import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

type Input = z.input<typeof scenarioSchema>;
type Entry = { type: 'file'; content: string } | { type: 'directory'; contents: Record<string, Entry> };

const file = (content: string): Entry => ({ type: 'file', content });
const dir = (contents: Record<string, Entry> = {}): Entry => ({ type: 'directory', contents });

// 40 lines of an access log, enough for tail's default of 10 and for grep to pick out the errors.
const accessLog = Array.from({ length: 40 }, (_, i) => {
  const minute = String(i).padStart(2, '0');
  const status = i % 13 === 7 ? 500 : i % 9 === 4 ? 404 : 200;
  const path = ['/', '/api/orders', '/api/users/42', '/static/app.js', '/login'][i % 5];
  return `2025-02-14T09:${minute}:00Z GET ${path} ${status}`;
}).join('\n');

// Over 1 KiB, so `du -h` in its directory answers in KB.
const changelog = Array.from(
  { length: 24 },
  (_, i) => `v1.${23 - i}.0 - ${['fix checkout rounding', 'add CSV export', 'speed up search index', 'translate settings page'][i % 4]}`,
).join('\n');

/**
 * A developer's home directory: two projects, notes and a few hidden files. Worth exploring: hidden
 * entries (ls a=true), directories three levels deep, an empty directory and an empty file, a CRLF
 * file, non-ASCII text (wc -c counts characters, du bytes), two config versions of different
 * lengths for diff, and a name with spaces.
 */
export const demo: Input = {
  root: {
    alex: {
      type: 'directory',
      contents: {
        '.bashrc': file('export EDITOR=vim\nalias ll="ls -la"\n'),
        '.config': dir({
          git: dir({ config: file('[user]\n\tname = Alex Rivera\n\temail = alex@rivera.dev\n') }),
        }),
        documents: dir({
          'meeting notes.txt': file('Q1 planning\n- hire two engineers\n- ship billing v2\n- revisit pricing\n'),
          'todo.md': file('# TODO\n- [ ] renew passport\n- [x] book dentist\n- [ ] file taxes\n'),
          'résumé.txt': file('Alex Rivera — Senior Engineer\nMünchen · Lisboa · 東京\n'),
          'windows.txt': file('line one\r\nline two\r\nline three\r\n'),
          'empty.txt': file(''),
          receipts: dir({
            '2024': dir({
              'hardware.csv': file('date,item,amount\n2024-03-02,monitor,329.00\n2024-07-19,keyboard,149.50\n'),
            }),
            '2025': dir(),
          }),
        }),
        projects: dir({
          'web-shop': dir({
            'README.md': file('# web-shop\n\nA small storefront.\n\nRun `npm start` to serve on port 3000.\n'),
            'CHANGELOG.md': file(changelog),
            'config.v1.yaml': file('port: 3000\nlog_level: info\ncache: off\n'),
            'config.v2.yaml': file('port: 8080\nlog_level: info\ncache: redis\nmetrics: on\n'),
            src: dir({
              'app.js': file("import { serve } from './server.js';\n\nserve({ port: 3000 });\n"),
              'server.js': file('export function serve(options) {\n  console.log(`listening on ${options.port}`);\n}\n'),
              components: dir({
                'Cart.jsx': file('export const Cart = () => null;\n'),
                'Checkout.jsx': file('export const Checkout = () => null;\n'),
              }),
            }),
            logs: dir({ 'access.log': file(accessLog), 'error.log': file('') }),
            '.gitignore': file('node_modules\ndist\n.env\n'),
          }),
          'legacy-api': dir({ 'NOTES.txt': file('Deprecated: replaced by web-shop/src/server.js\n') }),
          archive: dir(),
        }),
        'shopping.txt': file('oranges\nbread\nApples\nmilk\nbananas\neggs\n'),
        'numbers.txt': file('10\n9\n100\n1\n'),
      },
    },
  },
  current_dir: '/projects',
  current_time: '2025-02-14T09:45:00',
};
