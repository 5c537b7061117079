import { parseArgs } from 'node:util';
import { z } from 'zod';
import { SCENARIOS } from '../../bench/scenarios';
import { postTurn } from '../../bench/turnClient';

/** The answers of the first scenario, split where a deploy may come in the middle. */
const SCENARIO = SCENARIOS[0]!;
const SPLIT_AT = 3;

const argsSchema = z.object({
  url: z.url({ protocol: /^https?$/ }),
  conversation: z.string().min(1).default('image-steps'),
  part: z.enum(['first', 'rest', 'all']).default('all'),
});

function answersOf(part: 'first' | 'rest' | 'all'): string[] {
  if (part === 'first') return SCENARIO.answers.slice(0, SPLIT_AT);
  if (part === 'rest') return SCENARIO.answers.slice(SPLIT_AT);
  return SCENARIO.answers;
}

/**
 * One setup over HTTP with deliveryMode expectReplies, as the container checks use it:
 * `--part first` stops after three answers, `--part rest` finishes that conversation (after
 * a restart, say). Exit 1 when a turn fails or the last one has no setupCompleted event.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      conversation: { type: 'string' },
      part: { type: 'string' },
    },
  });
  const args = argsSchema.parse(values);
  const answers = answersOf(args.part);
  const subdomain = `img${args.conversation.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
  let last: Awaited<ReturnType<typeof postTurn>> | undefined;
  for (const answer of answers) {
    last = await postTurn(
      args.url,
      args.conversation,
      answer.replace('{sub}', subdomain),
      SCENARIO.locale,
    );
    const said = last.activities.map((a) => a.text ?? a.name ?? a.type).join(' | ');
    process.stdout.write(`> ${answer}\n< ${said.slice(0, 160)}\n`);
    if (!last.ok || !last.activities.length) return 1;
  }
  if (args.part === 'first') return 0;
  const finished = last?.activities.some((a) => a.type === 'event' && a.name === 'setupCompleted');
  process.stdout.write(finished ? 'setupCompleted\n' : 'no setupCompleted event\n');
  return finished ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
