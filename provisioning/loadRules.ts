import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ProvisioningRules } from './provisioningRules';
import { RulesError } from './rulesError';
import { RulesModule } from './rulesModule';
import { rulesSchema, type RulesData } from './rulesSchema';

/** The shipped rules: provisioning/rules.json of this package (from sources or from dist/). */
export function defaultRulesFile(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error('cannot find the package root (package.json) above ' + __dirname);
    dir = parent;
  }
  return join(dir, 'provisioning', 'rules.json');
}

/** Reads, parses and validates a rules file. Throws RulesError naming the file and every problem. */
export function loadRules(file: string = defaultRulesFile()): ProvisioningRules {
  return new RulesModule(readRulesData(file));
}

export function readRulesData(file: string): RulesData {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new RulesError(path, [
      code === 'ENOENT' ? 'the file does not exist' : `cannot be read (${code ?? String(error)})`,
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RulesError(path, [`is not valid JSON: ${(error as Error).message}`]);
  }
  return validateRules(json, path);
}

/** Validates already-parsed rules data (`fileName` is used in messages). */
export function parseRules(data: unknown, fileName: string): ProvisioningRules {
  return new RulesModule(validateRules(data, fileName));
}

function validateRules(data: unknown, fileName: string): RulesData {
  const result = rulesSchema.safeParse(data);
  if (result.success) return result.data;
  throw new RulesError(
    fileName,
    result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
  );
}

/** countries[3].dataCenter.id, as a reader of the file would write it. */
function formatPath(path: PropertyKey[]): string {
  if (!path.length) return '(the whole file)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
    .join('');
}
