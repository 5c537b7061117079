import { shippedCountryNames, type CountryNames } from './countryNames';
import { readDataFile, shippedFile, validateData } from '../common/dataFile';
import type { ProvisioningRules } from './provisioningRules';
import { RulesError, type RulesProblemKind } from './rulesError';
import { RulesModule } from './rulesModule';
import { rulesSchema, type RulesData } from './rulesSchema';

/**
 * The shipped rules: provisioning/rules.json under the package root (the
 * directory holding package.json), found from the sources (ts-jest) or from dist/.
 */
export function defaultRulesFile(): string {
  return shippedFile('provisioning', 'rules.json');
}

/**
 * Reads, parses and validates a rules file; throws RulesError naming the file and
 * every problem. `names`: the languages country names are recognized in (default:
 * the shipped ones).
 */
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
  return readDataFile(file, rulesSchema, rulesError);
}

export function validateRules(data: unknown, fileName: string): RulesData {
  return validateData(data, fileName, rulesSchema, rulesError);
}

function rulesError(file: string, kind: RulesProblemKind, problems?: string[]): RulesError {
  return new RulesError(file, kind, problems);
}
