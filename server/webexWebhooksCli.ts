import { WebexClient } from '../channels/webex/webexClient';
import { registerWebhooks } from '../channels/webex/webhookRegistration';
import { loadConfig } from './config';
import { loadDotEnv } from './dotEnv';

/** `npm run webex:webhooks -- --url https://public.host`: points the bot's Webex webhooks at this server. */
async function main(argv: string[]): Promise<number> {
  const urlIndex = argv.indexOf('--url');
  const base = urlIndex >= 0 ? argv[urlIndex + 1] : undefined;
  if (!base || !/^https?:\/\//.test(base)) {
    console.error('usage: npm run webex:webhooks -- --url https://your.public.host');
    return 2;
  }
  loadDotEnv();
  const config = loadConfig();
  if (!config.WEBEX_BOT_TOKEN) {
    console.error('WEBEX_BOT_TOKEN is not set');
    return 2;
  }
  const client = new WebexClient({
    token: config.WEBEX_BOT_TOKEN,
    baseUrl: config.WEBEX_API_BASE_URL,
  });
  const targetUrl = `${base.replace(/\/+$/, '')}/api/webex`;
  const result = await registerWebhooks(client, targetUrl, config.WEBEX_WEBHOOK_SECRET);
  for (const { name, action } of result) console.log(`${action.padEnd(9)} ${name} -> ${targetUrl}`);
  if (!config.WEBEX_WEBHOOK_SECRET)
    console.warn('warning: no WEBEX_WEBHOOK_SECRET; webhooks are not signed');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
