import { z } from 'zod';
import { DATA_CENTERS, PLATFORMS, REGIONS, TELEPHONY_OPTIONS } from './identifiers';

/** Where a fact comes from: a source id from `sources`, or an assumption saying what to verify. */
const basis = z.union([
  z.strictObject({ source: z.string().min(1) }),
  z.strictObject({ assumed: z.string().min(10, 'an assumption must say what to verify') }),
]);

const countryPlatform = z.strictObject({
  id: z.enum(PLATFORMS),
  telephony: z
    .array(z.enum(TELEPHONY_OPTIONS))
    .min(1, 'a platform needs at least one telephony option'),
  basis,
});

const country = z.strictObject({
  code: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. "JP"'),
  region: z.enum(REGIONS),
  dataCenter: z.strictObject({ id: z.enum(DATA_CENTERS), basis }),
  platforms: z.array(countryPlatform).min(1, 'a country needs at least one platform'),
  aliases: z.array(z.string().min(1)).optional(),
  basis,
});

export const rulesSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    sources: z.record(z.string(), z.string().min(1)),
    regions: z.array(z.strictObject({ id: z.enum(REGIONS), basis })).min(1),
    dataCenters: z
      .array(z.strictObject({ id: z.enum(DATA_CENTERS), location: z.string().min(1), basis }))
      .min(1),
    platforms: z
      .array(
        z.strictObject({
          id: z.enum(PLATFORMS),
          requiresSolutionAssurance: z.boolean(),
          forSubscriptions: z.boolean(),
          basis,
        }),
      )
      .min(1),
    telephonyOptions: z
      .array(
        z.strictObject({ id: z.enum(TELEPHONY_OPTIONS), requiresPstnAddOn: z.boolean(), basis }),
      )
      .min(1),
    pstnAddOn: z.strictObject({
      countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
      appliesToTrials: z.boolean(),
      basis,
    }),
    subdomain: z.strictObject({
      allowedPattern: z.string().refine(isRegex, 'must be a valid regular expression'),
      minLength: z.number().int().min(1),
      maxLength: z.number().int().min(1),
      reserved: z.array(z.string().min(1)),
      basis,
      note: z.string().optional(),
    }),
    countries: z.array(country).min(1),
  })
  .superRefine(checkCrossReferences);

export type RulesData = z.infer<typeof rulesSchema>;
export type CountryData = RulesData['countries'][number];

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

type Issue = { path: (string | number)[]; message: string };

/** Checks that ids refer to things the file defines, once each. */
function checkCrossReferences(rules: RulesData, ctx: z.RefinementCtx): void {
  const issues: Issue[] = [
    ...duplicates(
      rules.regions.map((r) => r.id),
      'regions',
      'region',
    ),
    ...duplicates(
      rules.dataCenters.map((d) => d.id),
      'dataCenters',
      'data center',
    ),
    ...duplicates(
      rules.platforms.map((p) => p.id),
      'platforms',
      'platform',
    ),
    ...duplicates(
      rules.telephonyOptions.map((t) => t.id),
      'telephonyOptions',
      'telephony option',
    ),
    ...duplicates(
      rules.countries.map((c) => c.code),
      'countries',
      'country',
    ),
    ...unknownSources(rules),
    ...rules.countries.flatMap((c, i) => countryIssues(rules, c, i)),
    ...rules.pstnAddOn.countries.flatMap((code, i) =>
      rules.countries.some((c) => c.code === code)
        ? []
        : [
            {
              path: ['pstnAddOn', 'countries', i],
              message: `"${code}" is not a country of this file`,
            },
          ],
    ),
  ];
  if (rules.subdomain.minLength > rules.subdomain.maxLength) {
    issues.push({ path: ['subdomain', 'minLength'], message: 'is greater than maxLength' });
  }
  for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
}

/** An issue for every id that already came earlier in the list at `path`. */
function duplicates(ids: string[], path: string | (string | number)[], what: string): Issue[] {
  const at = Array.isArray(path) ? path : [path];
  return ids.flatMap((id, i) =>
    ids.indexOf(id) === i ? [] : [{ path: [...at, i], message: `duplicate ${what} "${id}"` }],
  );
}

function countryIssues(rules: RulesData, country: CountryData, index: number): Issue[] {
  const at = (...rest: (string | number)[]) => ['countries', index, ...rest];
  const issues: Issue[] = [];
  const known = (ids: string[], id: string) => ids.includes(id);
  if (
    !known(
      rules.regions.map((r) => r.id),
      country.region,
    )
  ) {
    issues.push({
      path: at('region'),
      message: `"${country.region}" is not a region listed in regions`,
    });
  }
  if (
    !known(
      rules.dataCenters.map((d) => d.id),
      country.dataCenter.id,
    )
  ) {
    issues.push({
      path: at('dataCenter', 'id'),
      message: `"${country.dataCenter.id}" is not a data center listed in dataCenters`,
    });
  }
  issues.push(
    ...duplicates(
      country.platforms.map((p) => p.id),
      at('platforms'),
      'platform',
    ),
  );
  country.platforms.forEach((platform, p) => {
    if (
      !known(
        rules.platforms.map((x) => x.id),
        platform.id,
      )
    ) {
      issues.push({
        path: at('platforms', p, 'id'),
        message: `"${platform.id}" is not a platform listed in platforms`,
      });
    }
    platform.telephony.forEach((id, t) => {
      const option = rules.telephonyOptions.find((o) => o.id === id);
      if (!option) {
        issues.push({
          path: at('platforms', p, 'telephony', t),
          message: `"${id}" is not listed in telephonyOptions`,
        });
      } else if (option.requiresPstnAddOn && !rules.pstnAddOn.countries.includes(country.code)) {
        issues.push({
          path: at('platforms', p, 'telephony', t),
          message: `"${id}" needs the PSTN add-on, which does not exist for ${country.code} (pstnAddOn.countries)`,
        });
      }
    });
  });
  return issues;
}

/** Every `{ source }` must name an entry of `sources` (the part before a comma, e.g. "nee1mb6, table row 1"). */
function unknownSources(rules: RulesData): Issue[] {
  const issues: Issue[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...path, i]));
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'basis' && child && typeof child === 'object' && 'source' in child) {
        const id = String((child as { source: string }).source)
          .split(',')[0]!
          .trim();
        if (!(id in rules.sources))
          issues.push({
            path: [...path, 'basis', 'source'],
            message: `"${id}" is not listed in sources`,
          });
      } else visit(child, [...path, key]);
    }
  };
  visit(rules, []);
  return issues;
}
