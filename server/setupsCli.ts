import type { CompletedSetup } from '../state/completedSetupLog';
import { openStores } from './composition';
import { loadConfig } from './config';
import { loadDotEnv } from './dotEnv';

const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

const COLUMNS = [
  ['completedAt', (s: CompletedSetup) => s.plan.completedAt],
  ['subdomain', (s: CompletedSetup) => s.plan.subdomain],
  ['country', (s: CompletedSetup) => s.plan.country],
  [
    'dataCenter',
    (s: CompletedSetup) => `${s.plan.dataCenter}${s.plan.dataCenterAssumed ? ' (assumed)' : ''}`,
  ],
  ['platform', (s: CompletedSetup) => s.plan.platform],
  ['telephony', (s: CompletedSetup) => s.plan.telephony],
  ['role', (s: CompletedSetup) => s.plan.role],
  ['orderType', (s: CompletedSetup) => s.plan.orderType],
  ['pstnAddOn', (s: CompletedSetup) => String(s.plan.pstnAddOn)],
  ['locale', (s: CompletedSetup) => s.plan.locale],
  [
    'finishedBy',
    (s: CompletedSetup) =>
      `${s.finishedBy.userName || s.finishedBy.userId} (${s.finishedBy.channelId})`,
  ],
  ['id', (s: CompletedSetup) => s.plan.id],
] as const;

/** The finished setups, newest first, as an aligned table, JSON or CSV. */
export function formatSetups(setups: CompletedSetup[], format: Format): string {
  if (format === 'json') return JSON.stringify(setups, null, 2);
  const rows = setups.map((s) => COLUMNS.map(([, get]) => get(s)));
  const header = COLUMNS.map(([name]) => name);
  if (format === 'csv')
    return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\n');
  if (!rows.length) return 'No completed setups yet.';
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would run as a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `npm run setups -- --format table|json|csv`: reads the configured store (STATE_STORE). */
export async function main(
  argv: string[],
  out: (text: string) => void = console.log,
): Promise<number> {
  const i = argv.indexOf('--format');
  const format = (i >= 0 ? argv[i + 1] : 'table') as Format;
  if (!FORMATS.includes(format)) {
    console.error(`--format must be one of ${FORMATS.join(', ')}`);
    return 2;
  }
  loadDotEnv();
  const stores = openStores(loadConfig());
  try {
    out(formatSetups(await stores.setups.list(), format));
    return 0;
  } finally {
    await stores.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
