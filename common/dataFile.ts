import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';

export type DataFileProblemKind = 'missing' | 'unreadable' | 'not-json' | 'invalid';

const HEADLINES: Record<DataFileProblemKind, string> = {
  missing: 'does not exist',
  unreadable: 'cannot be read',
  'not-json': 'is not valid JSON',
  invalid: 'is invalid',
};

/** A data file (rules, knowledge) that cannot be used; the message names the file and every offending field. */
export class DataFileError extends Error {
  constructor(
    what: string,
    readonly file: string,
    readonly kind: DataFileProblemKind,
    readonly problems: readonly string[] = [],
  ) {
    super(
      `${what} file ${file} ${HEADLINES[kind]}` +
        (problems.length ? `:\n${problems.map((p) => `  - ${p}`).join('\n')}` : ''),
    );
  }
}

type ErrorFor = (file: string, kind: DataFileProblemKind, problems?: string[]) => DataFileError;

/** A file shipped with the package, found from the sources (ts-jest) or from dist/. */
export function shippedFile(...segments: string[]): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return join(dir, ...segments);
}

/** Reads, parses and validates a JSON data file; every failure is the error `fail` makes. */
export function readDataFile<T>(file: string, schema: z.ZodType<T>, fail: ErrorFor): T {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw fail(path, 'missing');
    throw fail(path, 'unreadable', [code ?? String(error)]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw fail(path, 'not-json', [jsonErrorWithPosition(error as Error, text)]);
  }
  return validateData(json, path, schema, fail);
}

/** Validates already-parsed data (`fileName` is used in messages). */
export function validateData<T>(
  data: unknown,
  fileName: string,
  schema: z.ZodType<T>,
  fail: ErrorFor,
): T {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw fail(fileName, 'invalid', result.error.issues.map(describeIssue));
}

/** "countries[3].dataCenter.id: ..." in the words a reader of the file would use. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `${path}: unexpected field${issue.keys.length > 1 ? 's' : ''} ${keys}`;
  }
  if ('input' in issue && issue.input === undefined) return `${path}: is missing`;
  return `${path}: ${issue.message}`;
}

function formatPath(path: PropertyKey[]): string {
  if (!path.length) return '(the whole file)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}

/** V8's JSON message, with the line and column of the error when it can be told. */
function jsonErrorWithPosition(error: Error, text: string): string {
  const position = /at position (\d+)/.exec(error.message)?.[1];
  const offset =
    position !== undefined
      ? Number(position)
      : /Unexpected end of JSON input/.test(error.message)
        ? text.length
        : undefined;
  if (offset === undefined) return error.message;
  const before = text.slice(0, offset).split('\n');
  return `${error.message} (line ${before.length}, column ${before.at(-1)!.length + 1})`;
}
