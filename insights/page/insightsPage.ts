import type { InsightsExtras, InsightsReport } from '../insightsReport';
import { barChart, type Bar } from './barChart';
import { escapeHtml, table } from './html';
import { PAGE_STYLE } from './pageStyle';

/** Renders a text of the locale files (the insights.* keys and the option names). */
export type PageText = (key: string, params?: Record<string, string | number>) => string;

export interface PageInput {
  report: InsightsReport;
  extras: InsightsExtras;
  days: number;
  locale: string;
  /** Every language the page can be shown in. */
  locales: readonly string[];
  /** The period choices (7, 30, 90). */
  periods: readonly number[];
  abandonMinutes: number;
  /** Steps asked only in some setups (the PSTN add-on): the funnel's drop skips them. */
  optionalSteps: readonly string[];
  t: PageText;
}

/** The operator's page: one HTML document, server-rendered charts each followed by its table. */
export function renderInsightsPage(input: PageInput): string {
  const { t, locale } = input;
  const body = [
    `<h1>${escapeHtml(t('insights.title'))}</h1>`,
    navigation(input),
    `<p class="note">${escapeHtml(t('insights.generated', { minutes: input.abandonMinutes }))}</p>`,
    keyFigures(input),
    funnel(input),
    finishedSetups(input),
    questions(input),
  ].join('\n');
  return document(locale, t('insights.title'), body);
}

/** The page when the store cannot be read (503). */
export function renderStoreDownPage(locale: string, t: PageText): string {
  return document(
    locale,
    t('insights.title'),
    `<h1>${escapeHtml(t('insights.title'))}</h1><p class="down" role="alert">${escapeHtml(t('insights.storeDown'))}</p>`,
  );
}

function document(locale: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${PAGE_STYLE}</style></head>
<body>
${body}
</body></html>
`;
}

function navigation({ t, days, locale, locales, periods, report }: PageInput): string {
  const link = (d: number, l: string, text: string, current: boolean) =>
    current
      ? `<strong aria-current="page">${escapeHtml(text)}</strong>`
      : `<a href="?days=${d}&amp;lang=${escapeHtml(l)}">${escapeHtml(text)}</a>`;
  const period = periods.map((d) => link(d, locale, t('insights.days', { days: d }), d === days));
  const languages = locales.map((l) => link(days, l, l.toUpperCase(), l === locale));
  const range = t('insights.period', {
    from: report.from.slice(0, 10),
    to: report.to.slice(0, 10),
    days,
  });
  return [
    `<p>${escapeHtml(range)}</p>`,
    `<nav>${escapeHtml(t('insights.periodChoice'))} ${period.join(' ')}</nav>`,
    `<nav>${escapeHtml(t('insights.languageChoice'))} ${languages.join(' ')} <a href="insights.json?days=${days}">${escapeHtml(t('insights.json'))}</a></nav>`,
  ].join('\n');
}

function keyFigures({ t, report, extras, locale }: PageInput): string {
  const { attempts } = report;
  const percent = (n: number) =>
    attempts.started
      ? new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
          n / attempts.started,
        )
      : '–';
  const number = (n: number | null) =>
    n === null ? t('insights.figure.none') : new Intl.NumberFormat(locale).format(n);
  const figures: [string, string][] = [
    ['started', number(attempts.started)],
    ['finished', number(attempts.finished)],
    ['finishRate', percent(attempts.finished)],
    ['abandonRate', percent(attempts.abandoned)],
    ['handoffRate', percent(attempts.handedOff)],
    ['medianMinutes', number(report.medianMinutesToFinish)],
    ['medianMessages', number(report.medianMessagesToFinish)],
    ['cancelled', number(attempts.cancelled)],
    ['unsupportedCountry', number(attempts.unsupportedCountry)],
    ['inProgress', number(extras.inProgress)],
    ['admins', number(extras.distinctAdmins)],
  ];
  const items = figures.map(
    ([key, value]) =>
      `<div data-figure="${key}"><dt>${escapeHtml(t(`insights.figure.${key}`))}</dt><dd>${escapeHtml(value)}</dd></div>`,
  );
  return `<h2>${escapeHtml(t('insights.keyFigures'))}</h2><dl class="figures">${items.join('')}</dl>`;
}

function funnel({ t, report, optionalSteps }: PageInput): string {
  const title = t('insights.funnel.heading');
  const bars = report.funnel.map(({ step, reached }) => ({
    label: t(`insights.step.${step}`),
    value: reached,
  }));
  const asked = report.funnel.filter(({ step }) => !optionalSteps.includes(step));
  const rows = report.funnel.map(({ step, reached }, index) => {
    const before = asked[asked.findIndex((row) => row.step === step) - 1]?.reached;
    if (before === undefined) return [bars[index]!.label, reached, '–'];
    const drop = before - reached;
    const share = before ? ` (${Math.round((drop / before) * 100)} %)` : '';
    return [bars[index]!.label, reached, `${drop}${share}`];
  });
  return `<h2>${escapeHtml(title)}</h2>${chartAndTable(t, title, bars, [t('insights.funnel.step'), t('insights.funnel.reached'), t('insights.funnel.drop')], rows)}`;
}

function finishedSetups({ t, report, locale }: PageInput): string {
  const countries = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const languages = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const named = (prefix: string) => (id: string) => {
    const name = t(`${prefix}.${id}`);
    return name === `${prefix}.${id}` ? id : name;
  };
  const groups: [string, Record<string, number>, (id: string) => string][] = [
    ['byCountry', report.finished.byCountry, (id) => `${countries.of(id) ?? id} (${id})`],
    ['byPlatform', report.finished.byPlatform, named('platform.name')],
    ['byTelephony', report.finished.byTelephony, named('telephony.name')],
    ['byLanguage', report.finished.byLanguage, (id) => languages.of(id) ?? id],
    ['byChannel', report.finished.byChannel, (id) => id],
  ];
  const sections = groups.map(([key, counts, label]) => {
    const title = t(`insights.finished.${key}`);
    const bars = Object.entries(counts)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([id, value]) => ({ label: label(id), value }));
    const headers = [t('insights.finished.value'), t('insights.finished.count')];
    const rows = bars.map((b) => [b.label, b.value]);
    return `<section><h3>${escapeHtml(title)}</h3>${chartAndTable(t, title, bars, headers, rows)}</section>`;
  });
  const heading = `<h2>${escapeHtml(t('insights.finished.heading'))}</h2>`;
  return `${heading}<div class="groups">${sections.join('\n')}</div>`;
}

function questions({ t, report }: PageInput): string {
  const q = report.questions;
  const summary = `<dl class="figures">${(
    [
      ['answered', q.answered],
      ['unanswered', q.unanswered],
      ['outOfScope', q.outOfScope],
    ] as const
  )
    .map(
      ([key, n]) =>
        `<div data-figure="questions-${key}"><dt>${escapeHtml(t(`insights.questions.${key}`))}</dt><dd>${n}</dd></div>`,
    )
    .join('')}</dl>`;
  const topicsTitle = t('insights.questions.topTopics');
  const topics = q.topTopics.map(({ topic, count }) => ({ label: topic, value: count }));
  const topicHeaders = [t('insights.questions.topic'), t('insights.questions.count')];
  const textsTitle = t('insights.questions.texts');
  const texts = q.unansweredTexts.length
    ? table(
        textsTitle,
        [t('insights.questions.text'), t('insights.questions.count')],
        q.unansweredTexts.map(({ text, count }) => [text, count]),
      )
    : `<p class="note">${escapeHtml(t('insights.questions.textsOff'))}</p>`;
  return [
    `<h2>${escapeHtml(t('insights.questions.heading'))}</h2>${summary}`,
    `<h3>${escapeHtml(topicsTitle)}</h3>${chartAndTable(
      t,
      topicsTitle,
      topics,
      topicHeaders,
      topics.map((b) => [b.label, b.value]),
    )}`,
    `<h3>${escapeHtml(textsTitle)}</h3>${texts}`,
  ].join('\n');
}

function chartAndTable(
  t: PageText,
  title: string,
  bars: readonly Bar[],
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  if (!bars.length) return `<p class="note">${escapeHtml(t('insights.empty'))}</p>`;
  return barChart(t('insights.chartOf', { title }), bars) + table(title, headers, rows);
}
