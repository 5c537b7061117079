import { createHash } from 'node:crypto';

/** The page's only style: inline, allowed by its hash in the Content-Security-Policy. */
export const PAGE_STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:980px;padding:16px 24px;color:#1b1f24;background:#fff}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.6em 0 .4em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}h3{font-size:1em;margin:1.2em 0 .3em}
nav{margin:.4em 0}nav a,nav strong{margin-right:.8em}a{color:#0b5cad}
.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:10px;margin:0;padding:0}
.figures div{border:1px solid #d0d7de;border-radius:6px;padding:8px 10px}.figures dt{font-size:.85em;color:#57606a}.figures dd{margin:0;font-size:1.5em;font-weight:600}
.chart{display:block;max-width:100%;height:auto;font-size:13px}.chart text{fill:#1b1f24}.chart .bar{fill:#1f6feb}
table{border-collapse:collapse;margin:.4em 0 1em;min-width:320px}caption{text-align:left;font-weight:600;padding:.2em 0}
th,td{border:1px solid #d0d7de;padding:3px 8px;text-align:left}td{text-align:right}thead th{background:#f6f8fa}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.groups{display:grid;grid-template-columns:repeat(auto-fit,minmax(400px,1fr));gap:0 28px}
.note{color:#57606a;font-size:.9em}.down{border:1px solid #cf222e;background:#ffebe9;padding:12px;border-radius:6px}
`;

/** The style's CSP source: `'sha256-...'`. */
export const PAGE_STYLE_SOURCE = `'sha256-${createHash('sha256').update(PAGE_STYLE).digest('base64')}'`;
