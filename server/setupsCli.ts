import { STEPS } from '../dialogs/setupDraft';
import type { CompletedSetup } from '../state/completedSetupLog';
import { openStores } from './composition';
import { loadConfig } from './config';
import { loadDotEnv } from './dotEnv';

const FORMATS = ['table', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

type Column = readonly [name: string, cell: (setup: CompletedSetup) => string];

/** A plan's field as text ('' when the plan has none: a step added after it was recorded). */
function field(name: string): Column {
  return [name, (s) => (s.plan[name] === undefined ? '' : String(s.plan[name]))];
}

/** When and where first, then every step's answer in the order asked, then who and which. */
const COLUMNS: readonly Column[] = [
  field('completedAt'),
  field('subdomain'),
  field('country'),
  [
    'dataCenter',
    (s) => `${String(s.plan.dataCenter)}${s.plan.dataCenterAssumed ? ' (assumed)' : ''}`,
  ],
  ...STEPS.filter((step) => step !== 'subdomain' && step !== 'country').map(field),
  field('locale'),
  [
    'finishedBy',
    (s) => `${s.finishedBy.userName || s.finishedBy.userId} (${s.finishedBy.channelId})`,
  ],
  field('id'),
];

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
