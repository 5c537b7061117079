import { shippedCountryNames } from './countryNames';
import { defaultRulesFile, readRulesData } from './loadRules';
import { RulesError } from './rulesError';
import type { BasisData, RulesData } from './rulesSchema';

/** The rules as a table, country by country under their regions; every assumed fact is marked. */
export function formatRulesTable(rules: RulesData): string {
  const lines: string[] = [];
  const platformInfo = new Map(rules.platforms.map((p) => [p.id, p]));
  const dataCenters = new Map(rules.dataCenters.map((d) => [d.id, d]));
  for (const region of rules.regions) {
    lines.push(`${region.id}${mark(region.basis)}`);
    for (const country of rules.countries.filter((c) => c.region === region.id)) {
      const dataCenter = dataCenters.get(country.dataCenter.id)!;
      lines.push(
        `  ${country.code}  ${shippedCountryNames().countryName(country.code, 'en')}${mark(country.basis)}`,
        `      data center: ${dataCenter.id} (${dataCenter.location})${mark(dataCenter.basis)}${mark(country.dataCenter.basis)}`,
      );
      for (const platform of country.platforms) {
        const info = platformInfo.get(platform.id)!;
        const notes = [
          info.forSubscriptions ? 'for subscription orders' : '',
          info.requiresSolutionAssurance ? 'only on a Cisco Solution Assurance request' : '',
        ].filter(Boolean);
        lines.push(
          `      ${platform.id}${notes.length ? ` [${notes.join('; ')}]` : ''}: ` +
            `${platform.telephony.join(', ')}${mark(platform.basis)}${mark(info.basis)}`,
        );
      }
    }
  }
  const addOn = rules.pstnAddOn;
  const subdomain = rules.subdomain;
  const { subdomainHoldHours, subdomainAlternatives, subdomainConfirm } = rules.assistant;
  const assumptions = countAssumptions(rules);
  lines.push(
    '',
    `PSTN add-on (webex-cc-pstn applied automatically): ${addOn.countries.join(', ')}; ` +
      `${addOn.appliesToTrials ? 'also' : 'never'} for trials${mark(addOn.basis)}`,
    `subdomain: /${subdomain.allowedPattern}/, ${subdomain.minLength}-${subdomain.maxLength} characters, ` +
      `reserved: ${subdomain.reserved.join(', ') || 'none'}${mark(subdomain.basis)}`,
    `subdomain held ${subdomainHoldHours} hours for an admin who has not finished; ` +
      `for a taken one up to ${subdomainAlternatives.offered} free alternatives ` +
      `of ${subdomainAlternatives.candidates} candidates offered; confirmed before held when ` +
      `shorter than ${subdomainConfirm.shorterThan}${subdomainConfirm.digitsOnly ? ' or digits only' : ''} ` +
      `(choices of this assistant)`,
    ...rules.telephonyOptions
      .filter((t) => 'assumed' in t.basis)
      .map((t) => `telephony option ${t.id}${mark(t.basis)}`),
    '',
    'sources:',
    ...Object.entries(rules.sources).map(([id, text]) => `  ${id}: ${text}`),
    '',
    `${assumptions} assumed fact${assumptions === 1 ? '' : 's'} to verify (marked "assumed").`,
  );
  return lines.join('\n');
}

function mark(basis: BasisData): string {
  return 'assumed' in basis ? `  (assumed: ${basis.assumed})` : '';
}

function countAssumptions(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countAssumptions(v), 0);
  if (!value || typeof value !== 'object') return 0;
  return Object.entries(value).reduce(
    (n, [key, child]) =>
      n +
      (key === 'basis' && child && typeof child === 'object'
        ? 'assumed' in child
          ? 1
          : 0
        : countAssumptions(child)),
    0,
  );
}

/** `npm run rules:check [file]`: 0 and the table for a good file, 1 and the reasons for a bad one. */
export function main(
  argv: readonly string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): number {
  try {
    const file = argv[0] ?? defaultRulesFile();
    const rules = readRulesData(file);
    out(`${file}: valid (${rules.countries.length} countries)\n`);
    out(formatRulesTable(rules));
    return 0;
  } catch (error) {
    err(error instanceof RulesError ? error.message : String(error));
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
