import { shippedCountryNames, type CountryNames } from './countryNames';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import type { ProvisioningRules } from './provisioningRules';
import { RulesError } from './rulesError';
import { RulesModule } from './rulesModule';
import { rulesSchema, type RulesData } from './rulesSchema';

/**
 * The shipped rules: provisioning/rules.json under the package root (the
 * directory holding package.json), found from the sources (ts-jest) or from dist/.
 */
export function defaultRulesFile(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${__dirname}`);
    dir = parent;
  }
  return join(dir, 'provisioning', 'rules.json');
}

/** Reads, parses and validates a rules file. Throws RulesError naming the file and every problem. */
/** `names`: the languages country names are recognized in (default: the shipped ones). */
export function loadRules(
  file: string = defaultRulesFile(),
  names: CountryNames = shippedCountryNames(),
): ProvisioningRules {
  return new RulesModule(readRulesData(file), names);
}

/** Validates already-parsed rules data (`fileName` is used in messages). */
export function parseRules(data: unknown, fileName: string): ProvisioningRules {
  return new RulesModule(validateRules(data, fileName));
}

/** The validated data of a rules file, for tools that show the file itself (rules:check). */
export function readRulesData(file: string): RulesData {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RulesError(path, 'missing');
    throw new RulesError(path, 'unreadable', [code ?? String(error)]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RulesError(path, 'not-json', [jsonErrorWithPosition(error as Error, text)]);
  }
  return validateRules(json, path);
}

export function validateRules(data: unknown, fileName: string): RulesData {
  const result = rulesSchema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  throw new RulesError(fileName, 'invalid', result.error.issues.map(describeIssue));
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
