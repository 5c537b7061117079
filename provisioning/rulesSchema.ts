import { z } from 'zod';
import { isCountryCode, shippedCountryNames } from './countryNames';
import { DATA_CENTERS, PLATFORMS, REGIONS, TELEPHONY_OPTIONS } from './identifiers';

/** An id from a fixed list, with a message that lists the known ids. */
function knownId<const T extends readonly [string, ...string[]]>(ids: T, what: string) {
  return z.enum(ids, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a known ${what} (${ids.join(', ')})`,
  });
}

const regionId = knownId(REGIONS, 'region');
const dataCenterId = knownId(DATA_CENTERS, 'data center');
const platformId = knownId(PLATFORMS, 'platform');
const telephonyId = knownId(TELEPHONY_OPTIONS, 'telephony option');
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals, e.g. "JP"')
  .refine(isCountryCode, {
    error: (issue) => `${JSON.stringify(issue.input)} is no ISO 3166-1 country`,
  });

/** Where a fact comes from: a source id from `sources`, or an assumption saying what to verify. */
const basis = z.union(
  [
    z.strictObject({ source: z.string().min(1) }),
    z.strictObject({ assumed: z.string().min(10, 'an assumption must say what to verify') }),
  ],
  { error: 'must be { "source": "<id from sources>" } or { "assumed": "<what to verify>" }' },
);

const countryPlatform = z.strictObject({
  id: platformId,
  telephony: z.array(telephonyId).min(1, 'a platform needs at least one telephony option'),
  basis,
});

const country = z.strictObject({
  code: countryCode,
  region: regionId,
  dataCenter: z.strictObject({ id: dataCenterId, basis }),
  platforms: z.array(countryPlatform).min(1, 'a country needs at least one platform'),
  /** Names people use that Intl.DisplayNames does not give ("UK", "Korea"). */
  aliases: z.array(z.string().trim().min(1)).optional(),
  basis,
});

export const rulesSchema = z
  .strictObject({
    $comment: z.string().optional(),
    version: z.literal(1),
    sources: z.record(z.string(), z.string().min(1)),
    regions: z.array(z.strictObject({ id: regionId, basis })).min(1),
    dataCenters: z
      .array(z.strictObject({ id: dataCenterId, location: z.string().min(1), basis }))
      .min(1),
    platforms: z
      .array(
        z.strictObject({
          id: platformId,
          requiresSolutionAssurance: z.boolean(),
          forSubscriptions: z.boolean(),
          basis,
        }),
      )
      .min(1),
    telephonyOptions: z
      .array(z.strictObject({ id: telephonyId, requiresPstnAddOn: z.boolean(), basis }))
      .min(1),
    pstnAddOn: z.strictObject({
      countries: z.array(countryCode),
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
    /** Choices of this assistant rather than Webex facts, so they carry a note and no basis. */
    assistant: z.strictObject({
      subdomainHoldHours: z.number().int().min(1),
      subdomainAlternatives: z.strictObject({
        candidates: z.number().int().min(1),
        offered: z.number().int().min(1),
      }),
      /** Valid names asked back before they are held: shorter than `shorterThan`, or digits only. */
      subdomainConfirm: z.strictObject({
        shorterThan: z.number().int().min(1),
        digitsOnly: z.boolean(),
      }),
      note: z.string().optional(),
    }),
    countries: z.array(country).min(1),
  })
  .superRefine(checkCrossReferences);

export type RulesData = z.infer<typeof rulesSchema>;
export type CountryData = RulesData['countries'][number];
export type BasisData = CountryData['basis'];

function isRegex(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

type Path = (string | number)[];
type Issue = { path: Path; message: string };

/** Checks that ids refer to things the file defines, once each. */
function checkCrossReferences(rules: RulesData, ctx: z.RefinementCtx): void {
  const issues: Issue[] = [
    ...duplicates(rules.regions, (r) => r.id, ['regions'], 'region'),
    ...duplicates(rules.dataCenters, (d) => d.id, ['dataCenters'], 'data center'),
    ...duplicates(rules.platforms, (p) => p.id, ['platforms'], 'platform'),
    ...duplicates(rules.telephonyOptions, (t) => t.id, ['telephonyOptions'], 'telephony option'),
    ...duplicates(rules.countries, (c) => c.code, ['countries'], 'country'),
    ...unknownSources(rules),
    ...rules.countries.flatMap((c, i) => countryIssues(rules, c, i)),
    ...aliasIssues(rules),
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
    issues.push({
      path: ['subdomain', 'minLength'],
      message: `${rules.subdomain.minLength} is greater than maxLength (${rules.subdomain.maxLength})`,
    });
  }
  const { candidates, offered } = rules.assistant.subdomainAlternatives;
  if (offered > candidates) {
    issues.push({
      path: ['assistant', 'subdomainAlternatives', 'offered'],
      message: `${offered} is greater than candidates (${candidates})`,
    });
  }
  for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
}

/** An issue for every entry whose key already came earlier in the list at `path`. */
function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string,
  path: Path,
  what: string,
): Issue[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const id = key(item);
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [{ path: [...path, i], message: `duplicate ${what} "${id}"` }];
  });
}

function countryIssues(rules: RulesData, country: CountryData, index: number): Issue[] {
  const at = (...rest: Path): Path => ['countries', index, ...rest];
  const regions = rules.regions.map((r) => r.id);
  const dataCenters = rules.dataCenters.map((d) => d.id);
  const platforms = rules.platforms.map((p) => p.id);
  const issues: Issue[] = [];
  if (!regions.includes(country.region)) {
    issues.push({
      path: at('region'),
      message: `"${country.region}" is not a region listed in regions (${regions.join(', ')})`,
    });
  }
  if (!dataCenters.includes(country.dataCenter.id)) {
    issues.push({
      path: at('dataCenter', 'id'),
      message: `"${country.dataCenter.id}" is not a data center listed in dataCenters (${dataCenters.join(', ')})`,
    });
  }
  issues.push(...duplicates(country.platforms, (p) => p.id, at('platforms'), 'platform'));
  country.platforms.forEach((platform, p) => {
    if (!platforms.includes(platform.id)) {
      issues.push({
        path: at('platforms', p, 'id'),
        message: `"${platform.id}" is not a platform listed in platforms (${platforms.join(', ')})`,
      });
    }
    issues.push(
      ...duplicates(
        platform.telephony,
        (t) => t,
        at('platforms', p, 'telephony'),
        'telephony option',
      ),
    );
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

/** An alias must name one country only: not two countries of the file, not another country's name or code. */
function aliasIssues(rules: RulesData): Issue[] {
  const owner = new Map<string, string>();
  const issues: Issue[] = [];
  rules.countries.forEach((country, c) =>
    (country.aliases ?? []).forEach((alias, a) => {
      const key = shippedCountryNames().key(alias);
      const path = ['countries', c, 'aliases', a];
      const earlier = owner.get(key);
      const named = [...(shippedCountryNames().nameIndex().get(key) ?? [])].filter(
        (code) => code !== country.code,
      );
      if (!key) {
        issues.push({ path, message: `alias "${alias}" has no letters or digits` });
      } else if (earlier && earlier !== country.code) {
        issues.push({ path, message: `alias "${alias}" is also an alias of ${earlier}` });
      } else if (named.length) {
        issues.push({ path, message: `alias "${alias}" already names ${named.join(', ')}` });
      }
      owner.set(key, country.code);
    }),
  );
  return issues;
}

/** Every `{ source }` must name an entry of `sources`. */
function unknownSources(rules: RulesData): Issue[] {
  const issues: Issue[] = [];
  const visit = (value: unknown, path: Path) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...path, i]));
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'basis' && child && typeof child === 'object' && 'source' in child) {
        const id = String(child.source);
        if (!Object.hasOwn(rules.sources, id)) {
          issues.push({
            path: [...path, 'basis', 'source'],
            message: `"${id}" is not listed in sources (${Object.keys(rules.sources).join(', ')})`,
          });
        }
      } else visit(child, [...path, key]);
    }
  };
  visit(rules, []);
  return issues;
}
