import { isIntegerText, withoutUnderscores } from '@envfleet/kit';
import { z } from 'zod';

// Same fields, constraints and field order as the reference's FilesystemScenario.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;
const timestamp = (field: string) => z.string().regex(TIMESTAMP, `${field} must look like YYYY-MM-DDTHH:MM:SS`);

// Pydantic reads ints in lax mode: a boolean counts as 0/1 and a string such as " 5 ", "1_0" or "2.0"
// as its whole number. Scenarios written that way load there, so they load here too (saved as numbers).
const laxInt = () =>
  z.preprocess((value: unknown) => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (typeof value === 'string' && isIntegerText(value.trim())) return Number(withoutUnderscores(value.trim()));
    return value;
  }, z.int().min(0));

/** The clock the reference stamps into metadata; it never advances on its own. */
export const DEFAULT_CURRENT_TIME = '2025-01-01T00:00:00';

/**
 * A path-keyed record. A "__proto__" key would be silently dropped by a JavaScript object, losing that
 * entry, so it is refused at load with a message naming it.
 */
function pathRecord<T extends z.ZodType>(value: T) {
  return z.preprocess(
    (raw, ctx) => {
      if (raw !== null && typeof raw === 'object' && Object.hasOwn(raw, '__proto__')) {
        ctx.addIssue({
          code: 'custom',
          message: 'the key "__proto__" cannot be stored (JavaScript objects cannot hold it)',
          input: raw,
          path: ['__proto__'],
        });
      }
      return raw;
    },
    z.record(z.string(), value),
  );
}

export const fileInfoSchema = z.object({
  path: z.string(),
  type: z.string(),
  size: laxInt(),
  created_time: timestamp('created_time'),
  modified_time: timestamp('modified_time'),
  access_time: timestamp('access_time'),
  permissions: z.string(),
});

export const scenarioSchema = z.object({
  /** File contents keyed by path. */
  files: pathRecord(z.string()).default(() => ({})),
  /** Child names of each directory, keyed by the directory's path, in listing order. */
  directories: pathRecord(z.array(z.string())).default(() => ({})),
  file_metadata: pathRecord(fileInfoSchema).default(() => ({})),
  allowed_extensions: z.array(z.string()).default(() => ['.txt', '.md', '.py', '.json', '.csv', '.xml', '.html', '.css', '.js', '.ts']),
  max_file_size: laxInt().default(10485760),
  binary_extensions: z
    .array(z.string())
    .default(() => ['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.ico', '.mp3', '.wav', '.mp4', '.avi', '.pdf', '.zip']),
  exclude_patterns_default: z.array(z.string()).default(() => ['*.pyc', '__pycache__', '.git', '.DS_Store', 'node_modules']),
  mime_types_map: pathRecord(z.string()).default(() => ({
    '.txt': 'text/plain',
    '.md': 'text/markdown',
    '.py': 'text/x-python',
    '.json': 'application/json',
    '.csv': 'text/csv',
    '.xml': 'application/xml',
    '.html': 'text/html',
    '.css': 'text/css',
    '.js': 'application/javascript',
    '.ts': 'application/typescript',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.gif': 'image/gif',
    '.bmp': 'image/bmp',
    '.ico': 'image/x-icon',
    '.mp3': 'audio/mpeg',
    '.wav': 'audio/wav',
    '.mp4': 'video/mp4',
    '.avi': 'video/x-msvideo',
    '.pdf': 'application/pdf',
    '.zip': 'application/zip',
  })),
  // Required in the reference (so neither `{}` nor its own example scenarios load there); we default it.
  current_time: timestamp('current_time').default(DEFAULT_CURRENT_TIME),
});

export type FilesystemState = z.output<typeof scenarioSchema>;
export type FileInfo = z.output<typeof fileInfoSchema>;
