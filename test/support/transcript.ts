import type { SetupPlan } from '../../dialogs/setupPlan';
import { choiceIds, Conversation, type Reply } from './conversation';
import { passNewSteps } from './stepRegistry';

/** One exchange of a transcript: what the admin sends and what the reply must show. */
export interface Exchange {
  /** Text the admin types, or `{ submit: value }` for a card button. Omitted: the first contact. */
  user?: string | { submit: unknown };
  /** Fragments the reply's text must contain. */
  says?: string[];
  /** Fragments the reply's text must not contain. */
  never?: string[];
  /** The id of the question the reply asks (`country`, `country.confirm`, ...). */
  asks?: string;
  /** The exact choice ids of the question asked, in order. */
  choices?: string[];
  /** The finished plan carried by the setupCompleted event. */
  plan?: Partial<SetupPlan>;
}

/**
 * Plays a transcript against a conversation and checks each reply; returns the replies.
 * A question of a step added after the transcript was written (stepRegistry.ts) is
 * answered with the step's example on the way: `says` and `never` are checked against
 * the replies up to the next question the transcript knows, the rest against that one.
 */
export async function play(conversation: Conversation, exchanges: Exchange[]): Promise<Reply[]> {
  const replies: Reply[] = [];
  for (const [index, exchange] of exchanges.entries()) {
    const passed = await passNewSteps(
      (text) => conversation.say(text),
      await send(conversation, exchange.user),
      exchange.asks,
    );
    const reply = passed[passed.length - 1]!;
    const text = passed.map((r) => r.text).join('\n');
    const where = `exchange ${index + 1} (${JSON.stringify(exchange.user ?? 'join')})`;
    for (const fragment of exchange.says ?? []) {
      if (!text.includes(fragment)) {
        throw new Error(`${where}: expected the reply to contain "${fragment}", got:\n${text}`);
      }
    }
    for (const fragment of exchange.never ?? []) {
      if (text.includes(fragment)) {
        throw new Error(`${where}: expected the reply not to contain "${fragment}", got:\n${text}`);
      }
    }
    if (exchange.asks !== undefined)
      expect({ where, asks: reply.questionId }).toEqual({ where, asks: exchange.asks });
    if (exchange.choices)
      expect({ where, choices: choiceIds(reply) }).toEqual({ where, choices: exchange.choices });
    if (exchange.plan)
      expect({ where, plan: reply.plan }).toEqual({
        where,
        plan: expect.objectContaining(exchange.plan),
      });
    replies.push(reply);
  }
  return replies;
}

function send(conversation: Conversation, user: Exchange['user']): Promise<Reply> {
  if (user === undefined) return conversation.join();
  if (typeof user === 'string') return conversation.say(user);
  return conversation.submit(user.submit);
}
