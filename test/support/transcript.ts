import type { SetupPlan } from '../../dialogs/setupPlan';
import { choiceIds, Conversation, type Reply } from './conversation';

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

/** Plays a transcript against a conversation and checks each reply; returns the replies. */
export async function play(conversation: Conversation, exchanges: Exchange[]): Promise<Reply[]> {
  const replies: Reply[] = [];
  for (const [index, exchange] of exchanges.entries()) {
    const reply = await send(conversation, exchange.user);
    const where = `exchange ${index + 1} (${JSON.stringify(exchange.user ?? 'join')})`;
    for (const fragment of exchange.says ?? []) {
      if (!reply.text.includes(fragment)) {
        throw new Error(
          `${where}: expected the reply to contain "${fragment}", got:\n${reply.text}`,
        );
      }
    }
    for (const fragment of exchange.never ?? []) {
      if (reply.text.includes(fragment)) {
        throw new Error(
          `${where}: expected the reply not to contain "${fragment}", got:\n${reply.text}`,
        );
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
