import type restify from 'restify';
import { z } from 'zod';
import type { Logger } from '../bot/logger';
import type { Translators } from '../bot/translators';
import {
  INSIGHT_PERIODS,
  type InsightPeriod,
  type InsightsReader,
} from '../insights/insightsReader';
import {
  renderInsightsPage,
  renderStoreDownPage,
  type PageText,
} from '../insights/page/insightsPage';
import { PAGE_STYLE_SOURCE } from '../insights/page/pageStyle';
import { preferredLanguage } from './acceptLanguage';
import type { Metrics } from './metrics';
import { hasBearerToken } from './operatorAuth';
import { createQuietServer } from './quietServer';

export interface OperatorServerDependencies {
  metrics: Metrics;
  insights: InsightsReader;
  translators: Translators;
  defaultLocale: string;
  /** INSIGHTS_ABANDON_MINUTES, shown on the page. */
  abandonMinutes: number;
  /** Steps asked only in some setups: the page's funnel drop skips them. */
  optionalSteps: readonly string[];
  /** OPERATOR_TOKEN: every request must then carry it as a bearer token. */
  token?: string;
  log: Logger;
}

/** The paths only the operator listener serves (the public port answers 404 for them). */
export const OPERATOR_PATHS = ['/metrics', '/insights', '/insights.json'] as const;

const HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  // Nothing is loaded: no script, font, image or request; only the page's own style.
  'content-security-policy': `default-src 'none'; style-src ${PAGE_STYLE_SOURCE}; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`,
  'cache-control': 'no-store',
};

/**
 * The operator listener (OPERATOR_PORT on OPERATOR_HOST): GET /metrics for Prometheus,
 * GET /insights (HTML) and GET /insights.json for people. With a token set, every
 * request needs `Authorization: Bearer <token>` (401 otherwise).
 */
export function createOperatorServer(deps: OperatorServerDependencies): restify.Server {
  const server = createQuietServer('wxcc-setup-operator', HEADERS);
  server.pre((req: restify.Request, res: restify.Response, next: restify.Next) => {
    if (deps.token && !hasBearerToken(req.headers.authorization, deps.token)) {
      res.header('www-authenticate', 'Bearer realm="operator"');
      res.send(401, { error: 'unauthorized: send Authorization: Bearer <OPERATOR_TOKEN>' });
      return next(false);
    }
    next();
  });
  server.get('/metrics', async (_req: restify.Request, res: restify.Response) => {
    const text = await deps.metrics.registry.metrics();
    res.sendRaw(200, text, { 'content-type': deps.metrics.registry.contentType });
  });
  server.get('/insights.json', async (req: restify.Request, res: restify.Response) =>
    insightsJson(deps, req, res),
  );
  server.get('/insights', async (req: restify.Request, res: restify.Response) =>
    insightsPage(deps, req, res),
  );
  server.on('restifyError', (req, _res, err, callback) => {
    deps.log.warn(
      { method: req.method, url: req.url, status: err.statusCode },
      'operator request rejected',
    );
    return callback();
  });
  return server;
}

type Query = { ok: true; days: InsightPeriod; lang?: string } | { ok: false; problem: string };

function readQuery(req: restify.Request, languages: readonly string[]): Query {
  const params = new URL(req.url ?? '/', 'http://operator').searchParams;
  const schema = z.object({
    days: z
      .enum(INSIGHT_PERIODS.map(String) as [string, ...string[]], {
        error: `days must be ${INSIGHT_PERIODS.join(', ')}`,
      })
      .default('30'),
    lang: z
      .enum(languages as [string, ...string[]], {
        error: `lang must be ${languages.join(' or ')}`,
      })
      .optional(),
  });
  const parsed = schema.safeParse({
    days: params.get('days') ?? undefined,
    lang: params.get('lang') ?? undefined,
  });
  if (!parsed.success)
    return { ok: false, problem: parsed.error.issues.map((i) => i.message).join('; ') };
  return { ok: true, days: Number(parsed.data.days) as InsightPeriod, lang: parsed.data.lang };
}

async function insightsJson(
  deps: OperatorServerDependencies,
  req: restify.Request,
  res: restify.Response,
) {
  const query = readQuery(req, deps.translators.languages);
  if (!query.ok) return void res.send(400, { error: query.problem });
  try {
    const { report } = await deps.insights.read(query.days);
    res.send(200, report);
  } catch (error) {
    storeDown(deps, error);
    res.send(503, { error: 'the state store cannot be reached; /metrics still answers' });
  }
}

async function insightsPage(
  deps: OperatorServerDependencies,
  req: restify.Request,
  res: restify.Response,
) {
  const query = readQuery(req, deps.translators.languages);
  const html = { 'content-type': 'text/html; charset=utf-8' };
  if (!query.ok)
    return void res.sendRaw(400, `${query.problem}\n`, {
      'content-type': 'text/plain; charset=utf-8',
    });
  const locale =
    query.lang ??
    preferredLanguage(req.headers['accept-language'], deps.translators.languages) ??
    deps.defaultLocale;
  const t = pageText(deps.translators, locale);
  try {
    const { report, extras } = await deps.insights.read(query.days);
    const page = renderInsightsPage({
      report,
      extras,
      days: query.days,
      locale,
      locales: deps.translators.languages,
      periods: INSIGHT_PERIODS,
      abandonMinutes: deps.abandonMinutes,
      optionalSteps: deps.optionalSteps,
      t,
    });
    res.sendRaw(200, page, html);
  } catch (error) {
    storeDown(deps, error);
    res.sendRaw(503, renderStoreDownPage(locale, t), html);
  }
}

function storeDown(deps: OperatorServerDependencies, error: unknown): void {
  deps.metrics.storeError('attempt-read');
  deps.log.warn({ err: error }, 'insights: the store cannot be read');
}

function pageText(translators: Translators, locale: string): PageText {
  const t = translators.for(locale);
  return (key, params) => String(t(key, params ?? {}));
}
