import type { z } from 'zod';
import type { scenarioSchema } from '../scenario.js';

// Maya, a front-end developer, on a Monday afternoon: a TypeScript weather app with its git and
// node_modules folders (excluded from searches by default), Python helper scripts with a __pycache__,
// documents with a PDF and a CSV, pictures with an empty folder, and a /tmp listing that still names
// a file which is gone. Some files carry metadata (with older creation times and varied permissions);
// the rest get theirs on first get_file_info.
const files: Record<string, string> = {
  '/etc/hosts': '127.0.0.1 localhost\n::1 localhost\n10.0.4.12 build-server.lan',
  '/home/maya/notes.txt':
    'TODO this week:\n- fix the rounding bug in format.ts\n- renew lease (see documents/lease.pdf)\n- send Q1 report to Jonas\n- back up pictures',
  '/home/maya/.bashrc': 'export EDITOR=vim\nalias ll="ls -la"\nexport PATH="$HOME/bin:$PATH"',
  '/home/maya/projects/weather-app/README.md':
    '# Weather App\n\nA small TypeScript app that shows the 5-day forecast for a city.\n\n## Setup\n\n```\nnpm install\nnpm start\n```\n\nAPI key goes in `.env` as WEATHER_API_KEY.',
  '/home/maya/projects/weather-app/package.json':
    '{\n  "name": "weather-app",\n  "version": "0.3.1",\n  "scripts": {\n    "start": "tsx src/index.ts",\n    "test": "vitest run"\n  },\n  "dependencies": {\n    "left-pad": "^1.3.0"\n  }\n}',
  '/home/maya/projects/weather-app/CHANGELOG.md':
    '## 0.3.1\n- Fix: wind speed shown in m/s\n\n## 0.3.0\n- Add 5-day forecast\n\n## 0.2.0\n- First public version',
  '/home/maya/projects/weather-app/src/index.ts':
    "import { fetchForecast } from './api';\nimport { formatTemperature } from './format';\n\nconst city = process.argv[2] ?? 'Lisbon';\nconst days = await fetchForecast(city);\nfor (const day of days) {\n  console.log(day.date, formatTemperature(day.celsius));\n}",
  '/home/maya/projects/weather-app/src/api.ts':
    "const BASE_URL = 'https://api.example-weather.com/v2';\n\nexport async function fetchForecast(city: string) {\n  const response = await fetch(`${BASE_URL}/forecast?city=${city}&days=5`);\n  return (await response.json()).days;\n}",
  '/home/maya/projects/weather-app/src/format.ts':
    'export function formatTemperature(celsius: number): string {\n  // TODO: round to one decimal\n  return `${celsius}°C`;\n}\n\nexport function formatWind(speed: number): string {\n  return `${speed} m/s`;\n}',
  '/home/maya/projects/weather-app/src/styles.css':
    'body {\n  font-family: system-ui;\n  margin: 0;\n}\n\n.forecast {\n  display: grid;\n  gap: 8px;\n}',
  '/home/maya/projects/weather-app/tests/format.test.ts':
    "import { formatTemperature } from '../src/format';\n\ntest('formats celsius', () => {\n  expect(formatTemperature(21)).toBe('21°C');\n});",
  '/home/maya/projects/weather-app/assets/logo.png': 'PNG image data, 128 x 128, 8-bit/color RGBA',
  '/home/maya/projects/weather-app/assets/icon.ico': 'MS Windows icon resource, 32x32',
  '/home/maya/projects/weather-app/node_modules/left-pad/index.js': "module.exports = (s, n, c = ' ') => String(s).padStart(n, c);",
  '/home/maya/projects/weather-app/.git/HEAD': 'ref: refs/heads/main',
  '/home/maya/projects/weather-app/.git/config':
    '[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = git@github.com:maya/weather-app.git',
  '/home/maya/projects/scripts/backup.py':
    '#!/usr/bin/env python3\nimport shutil\n\nSOURCE = "/home/maya/pictures"\nTARGET = "/mnt/backup/pictures"\n\nif __name__ == "__main__":\n    shutil.copytree(SOURCE, TARGET, dirs_exist_ok=True)\n    print("backup done")',
  '/home/maya/projects/scripts/cleanup.py':
    'import os\n\nfor name in os.listdir("/tmp"):\n    if name.endswith(".tmp"):\n        os.remove(os.path.join("/tmp", name))',
  '/home/maya/projects/scripts/__pycache__/backup.cpython-311.pyc': 'compiled python bytecode',
  '/home/maya/documents/budget-2025.csv': 'month,rent,groceries,transport\nJanuary,1450,380,90\nFebruary,1450,355,90\nMarch,1450,410,120',
  '/home/maya/documents/cover-letter.md':
    'Dear hiring team,\n\nI am applying for the Senior Front-end Engineer role.\n\nBest regards,\nMaya Lindqvist',
  '/home/maya/documents/lease.pdf': '%PDF-1.7 Apartment lease, Rua das Flores 28, valid until 2025-06-30',
  '/home/maya/documents/reports/q1-report.md': '# Q1 report\n\nRevenue grew 12% over Q4.\nChurn fell to 2.1%.\n\nPrepared for Jonas Weber.',
  '/home/maya/documents/reports/q1-summary.json': '{"quarter": "Q1", "revenue_growth": 0.12, "churn": 0.021}',
  '/home/maya/pictures/profile.jpg': 'JPEG image data, 400x400',
  '/tmp/scratch.txt': 'curl -s https://api.example-weather.com/v2/forecast?city=Porto | jq .',
  '/tmp/old-draft.md': '# Draft\n\nThis draft was superseded by cover-letter.md.',
};

// Directories that exist without any file below them.
const emptyDirectories = ['/home/maya/pictures/vacation'];

function listings(): Record<string, string[]> {
  const directories: Record<string, string[]> = { '/': [] };
  const link = (path: string): void => {
    const cut = path.lastIndexOf('/');
    const parent = cut === 0 ? '/' : path.slice(0, cut);
    if (!directories[parent]) {
      directories[parent] = [];
      link(parent);
    }
    const siblings = directories[parent] as string[];
    const name = path.slice(cut + 1);
    if (!siblings.includes(name)) siblings.push(name);
  };
  for (const path of Object.keys(files)) link(path);
  for (const directory of emptyDirectories) {
    directories[directory] ??= [];
    link(directory);
  }
  // A name still listed in /tmp although the file itself is gone.
  directories['/tmp']?.push('missing.log');
  return directories;
}

const meta = (path: string, created: string, modified: string, permissions = 'rw-r--r--') => ({
  path,
  type: 'file',
  size: Buffer.byteLength(files[path] ?? '', 'utf8'),
  created_time: created,
  modified_time: modified,
  access_time: modified,
  permissions,
});

const directoryMeta = (path: string, created: string) => ({
  path,
  type: 'directory',
  size: 0,
  created_time: created,
  modified_time: created,
  access_time: created,
  permissions: 'rwxr-xr-x',
});

export const demo: z.input<typeof scenarioSchema> = {
  files,
  directories: listings(),
  file_metadata: Object.fromEntries(
    [
      directoryMeta('/home/maya/projects/weather-app', '2024-11-02T10:15:00'),
      meta('/home/maya/projects/weather-app/README.md', '2024-11-02T10:16:40', '2025-03-28T17:42:10'),
      meta('/home/maya/projects/weather-app/package.json', '2024-11-02T10:16:02', '2025-04-01T09:03:55'),
      meta('/home/maya/projects/weather-app/src/format.ts', '2024-11-05T13:20:00', '2025-04-04T16:58:31'),
      meta('/home/maya/projects/weather-app/assets/logo.png', '2024-11-20T08:00:00', '2024-11-20T08:00:00'),
      meta('/home/maya/projects/scripts/backup.py', '2024-09-14T21:10:00', '2025-02-02T20:45:00', 'rwxr-xr-x'),
      meta('/home/maya/.bashrc', '2023-06-01T12:00:00', '2025-01-15T08:30:00', 'rw-------'),
      meta('/home/maya/notes.txt', '2025-03-31T08:05:00', '2025-04-07T13:50:12'),
      meta('/home/maya/documents/lease.pdf', '2023-07-01T09:00:00', '2023-07-01T09:00:00', 'r--r--r--'),
      meta('/home/maya/documents/reports/q1-report.md', '2025-04-02T11:00:00', '2025-04-03T18:20:00'),
      meta('/etc/hosts', '2022-01-10T00:00:00', '2024-12-01T10:00:00', 'rw-r--r--'),
    ].map((info) => [info.path, info]),
  ),
  current_time: '2025-04-07T14:05:00',
};
