import type { TFunction } from 'i18next';
import { planLines, summaryLines, type HandoffSummary } from '../handoff/handoffSummary';
import { inertText } from '../handoff/supportText';
import type { OutgoingWebexMessage } from './webexTypes';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * The one message a handoff starts with in the support space: markdown (every value
 * from the conversation made inert) with a compact Adaptive Card of the same facts.
 * Everything after it is a thread reply to it.
 */
export function handoffMessage(
  roomId: string,
  summary: HandoffSummary,
  t: TFunction,
): OutgoingWebexMessage {
  const title = t('handoff.desk.title', { name: summary.admin.name });
  const lines = summaryLines(summary, t);
  const plan = planLines(summary, t);
  const questions = summary.recentQuestions.map((q) => inertText(q));
  const words = inertText(summary.words);
  const markdown = [
    `**${inertText(title)}**`,
    ...lines.map((l) => `- **${l.label}**: ${l.value}`),
    '',
    `**${t('handoff.desk.plan')}**`,
    ...plan.map((p) => `- ${p}`),
    ...(questions.length
      ? ['', `**${t('handoff.desk.questions')}**`, ...questions.map((q) => `- ${q}`)]
      : []),
    '',
    `**${t('handoff.desk.words')}**`,
    ...words.split('\n').map((w) => `> ${w}`),
    '',
    `_${t('handoff.desk.howToReply')}_`,
  ].join('\n');
  return {
    roomId,
    text: title,
    markdown,
    attachments: [{ contentType: ADAPTIVE_CARD, content: handoffCard(title, lines, plan, words) }],
  };
}

function handoffCard(
  title: string,
  lines: { label: string; value: string }[],
  plan: string[],
  words: string,
) {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.3',
    fallbackText: title,
    body: [
      { type: 'TextBlock', text: inertText(title), weight: 'Bolder', wrap: true },
      { type: 'FactSet', facts: lines.map((l) => ({ title: l.label, value: l.value })) },
      { type: 'TextBlock', text: plan.join('\n\n'), wrap: true, spacing: 'Small' },
      { type: 'TextBlock', text: words, wrap: true, isSubtle: true, spacing: 'Medium' },
    ],
  };
}

/** A line in the thread from the admin (or the bot): the name bold, the text inert. */
export function threadLine(roomId: string, parentId: string, name: string, text: string) {
  return {
    roomId,
    parentId,
    text: `${name}: ${text}`,
    markdown: `**${inertText(name)}**: ${inertText(text)}`,
  };
}
