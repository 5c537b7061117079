import { escapeHtml } from './html';

export interface Bar {
  label: string;
  value: number;
}

const WIDTH = 640;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 56;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 18;

/**
 * A horizontal bar chart as inline SVG, rendered on the server: no script, no font and
 * nothing fetched, so the page works under a CSP of default-src 'none'. The figures are
 * in the table next to it too; the chart is one image with a text alternative.
 */
export function barChart(description: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = Math.max(1, bars.length) * ROW_HEIGHT;
  const rows = bars.map((bar, index) => {
    const y = index * ROW_HEIGHT;
    const width = bar.value > 0 ? Math.max(2, Math.round((bar.value / max) * room)) : 0;
    return (
      `<text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(bar.label)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${width}" height="${BAR_HEIGHT}" rx="2" class="bar"/>` +
      `<text x="${LABEL_WIDTH + width + 6}" y="${y + 17}">${escapeHtml(bar.value)}</text>`
    );
  });
  return (
    `<svg class="chart" role="img" aria-label="${escapeHtml(description)}" viewBox="0 0 ${WIDTH} ${height}" ` +
    `width="${WIDTH}" height="${height}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg>`
  );
}
