import type { Activity } from 'botbuilder-core';
import {
  QUESTION_CONTENT_TYPE,
  questionContentOf,
  type QuestionContent,
} from '../../dialogs/question';
import { MAX_SUGGESTED_ACTIONS, type ChannelProfile } from './channelProfile';
import { choiceCard } from './choiceCard';
import { numberedList } from './numberedList';

/**
 * Turns the dialogs' neutral question (text, facts, choices) into what the channel
 * shows best: suggested actions, an Adaptive Card, or a numbered text list.
 * Activities without a question pass unchanged.
 */
export function renderQuestion(
  activity: Partial<Activity>,
  profile: ChannelProfile,
): Partial<Activity> {
  const content = questionContentOf(activity);
  if (!content) return activity;
  const others = (activity.attachments ?? []).filter(
    (a) => a.contentType !== QUESTION_CONTENT_TYPE,
  );
  const text = activity.text ?? '';
  const facts = (content.facts ?? []).map((f) => `${f.title}: ${f.value}`);
  const links = (content.links ?? []).map((l) => (l.url ? `${l.title}: ${l.url}` : l.title));
  const withFacts = [text, ...facts].join('\n');
  const listed = content.choices.length ? `${withFacts}\n${numberedList(content)}` : withFacts;
  const withLinks = [listed, ...(content.footer ? [content.footer] : []), ...links].join('\n');
  if (!content.choices.length && !facts.length && !links.length && !content.footer) {
    return { ...activity, attachments: others.length ? others : undefined };
  }

  const fitsSuggestedActions = content.choices.length <= MAX_SUGGESTED_ACTIONS && !facts.length;
  if (profile.suggestedActions && fitsSuggestedActions) {
    return {
      ...activity,
      text: [text, ...(content.footer ? [content.footer] : []), ...links].join('\n'),
      attachments: others.length ? others : undefined,
      suggestedActions: content.choices.length ? suggested(content) : undefined,
    };
  }
  if (profile.cardVersion) {
    // The question goes inside its card, so that question and buttons are one message.
    return {
      ...activity,
      text: undefined,
      attachments: [...others, choiceCard(content, profile.cardVersion, withLinks, text)],
    };
  }
  return { ...activity, text: withLinks, attachments: others.length ? others : undefined };
}

function suggested(content: QuestionContent): Activity['suggestedActions'] {
  return {
    to: [],
    actions: content.choices.map((c) => ({ type: 'imBack', title: c.label, value: c.label })),
  };
}
