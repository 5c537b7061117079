import type { TFunction } from 'i18next';
import { planLines, summaryLines, type HandoffSummary } from './handoffSummary';
import { inertText } from './supportText';

/** The first message of a handoff in a support space, for any channel to send. */
export interface HandoffPost {
  /** Plain text: the title (notifications, clients without markdown). */
  title: string;
  markdown: string;
  /** A compact Adaptive Card (1.3) of the same facts. */
  card: Record<string, unknown>;
}

/**
 * The one message a handoff starts with: markdown (every value from the conversation
 * made inert) and a compact Adaptive Card of the same facts.
 */
export function handoffPost(summary: HandoffSummary, t: TFunction): HandoffPost {
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
  const card = {
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
  return { title, markdown, card };
}

/** A line in the thread from the admin: the name bold, the text inert. */
export function threadMarkdown(name: string, text: string): string {
  return `**${inertText(name)}**: ${inertText(text)}`;
}
