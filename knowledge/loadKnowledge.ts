import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { KnowledgeError } from './knowledgeError';
import { knowledgeSchema, type KnowledgeData } from './knowledgeSchema';

/**
 * The shipped knowledge base: knowledge/knowledge.json under the package root (the
 * directory holding package.json), found from the sources (ts-jest) or from dist/.
 */
export function defaultKnowledgeFile(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return join(dir, 'knowledge', 'knowledge.json');
}

/** Reads, parses and validates a knowledge file. Throws KnowledgeError naming the file and every problem. */
export function loadKnowledge(file: string = defaultKnowledgeFile()): KnowledgeData {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new KnowledgeError(path, 'missing');
    throw new KnowledgeError(path, 'unreadable', [code ?? String(error)]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new KnowledgeError(path, 'not-json', [jsonErrorWithPosition(error as Error, text)]);
  }
  return validateKnowledge(json, path);
}

/** Validates already-parsed knowledge data (`fileName` is used in messages). */
export function validateKnowledge(data: unknown, fileName: string): KnowledgeData {
  const result = knowledgeSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw new KnowledgeError(fileName, 'invalid', result.error.issues.map(describeIssue));
}

/** "entries[3].answer.sv: ..." in the words a reader of the file would use. */
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
