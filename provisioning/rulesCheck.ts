import { countryName } from './countryNames';
import { defaultRulesFile, readRulesData } from './loadRules';
import { RulesError } from './rulesError';
import type { RulesData } from './rulesSchema';

type Basis = RulesData['countries'][number]['basis'];

/** The rules as a table, country by country under their regions; every assumption is marked. */
export function formatRulesTable(rules: RulesData): string {
  const lines: string[] = [];
  const platformInfo = new Map(rules.platforms.map((p) => [p.id, p]));
  for (const region of rules.regions) {
    lines.push(`${region.id}${mark(region.basis)}`);
    for (const country of rules.countries.filter((c) => c.region === region.id)) {
      const dataCenter = rules.dataCenters.find((d) => d.id === country.dataCenter.id)!;
      lines.push(
        `  ${country.code}  ${countryName(country.code, 'en')}${mark(country.basis)}`,
        `      data center: ${dataCenter.id} (${dataCenter.location})${mark(country.dataCenter.basis)}`,
      );
      for (const platform of country.platforms) {
        const info = platformInfo.get(platform.id)!;
        const notes = [
          info.forSubscriptions ? 'for subscription orders' : '',
          info.requiresSolutionAssurance ? 'only on a Cisco Solution Assurance request' : '',
        ].filter(Boolean);
        lines.push(
          `      ${platform.id}${notes.length ? ` [${notes.join('; ')}]` : ''}: ${platform.telephony.join(', ')}${mark(platform.basis)}`,
        );
      }
    }
  }
  const addOn = rules.pstnAddOn;
  lines.push(
    '',
    `PSTN add-on (webex-cc-pstn applied automatically): ${addOn.countries.join(', ')}; ${addOn.appliesToTrials ? 'also' : 'never'} for trials`,
    `subdomain: /${rules.subdomain.allowedPattern}/, ${rules.subdomain.minLength}-${rules.subdomain.maxLength} characters, reserved: ${rules.subdomain.reserved.join(', ') || 'none'}`,
  );
  return lines.join('\n');
}

function mark(basis: Basis): string {
  return 'assumed' in basis ? `  (assumed: ${basis.assumed})` : '';
}

/** `npm run rules:check [file]`: 0 and the table for a good file, 1 and the reasons for a bad one. */
export function main(
  argv: string[],
  out: (line: string) => void = console.log,
  err: (line: string) => void = console.error,
): number {
  const file = argv[0] ?? defaultRulesFile();
  try {
    const rules = readRulesData(file);
    out(`${file}: valid (${rules.countries.length} countries)\n`);
    out(formatRulesTable(rules));
    return 0;
  } catch (error) {
    err(error instanceof RulesError ? error.message : String(error));
    return 1;
  }
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
