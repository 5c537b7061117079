import { CardFactory, type Attachment } from 'botbuilder-core';
import type { QuestionContent, RenderedChoice } from '../../dialogs/question';

/**
 * An Adaptive Card of the question's text, labelled facts (the summary), buttons,
 * and links (OpenUrl buttons; a link without an address as its title). Each button is a plain Action.Submit with
 * `{ choice: id }`: the one form that arrives everywhere (Teams, Webex, Web Chat,
 * the Agents Playground) as a message whose value the prompts understand.
 */
export function choiceCard(
  content: QuestionContent,
  version: string,
  fallbackText: string,
  question = '',
): Attachment {
  const paragraphs = textBlocks(question);
  const facts = content.facts?.length
    ? [{ type: 'FactSet', facts: content.facts.map((f) => ({ title: f.title, value: f.value })) }]
    : [];
  const buttons = groups(content.choices).map(({ heading, choices }) => ({
    type: 'Container',
    items: [
      ...(heading ? [{ type: 'TextBlock', text: heading, weight: 'Bolder', wrap: true }] : []),
      ...chunks(choices, ACTIONS_PER_ROW).map((row) => ({
        type: 'ActionSet',
        actions: row.map((choice) => submitAction(choice, content.questionId)),
      })),
    ],
  }));
  const footer = textBlocks(content.footer ?? '');
  const links = content.links ?? [];
  const linkTitles = links
    .filter((l) => !l.url)
    .map((l) => ({ type: 'TextBlock', text: l.title, wrap: true, isSubtle: true }));
  const openUrls = links
    .filter((l) => l.url)
    .map((l) => ({ type: 'Action.OpenUrl', title: l.title, url: l.url }));
  return {
    contentType: CardFactory.contentTypes.adaptiveCard,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version,
      fallbackText,
      body: [
        ...paragraphs,
        ...facts,
        ...buttons,
        ...footer,
        ...linkTitles,
        ...(openUrls.length ? [{ type: 'ActionSet', actions: openUrls }] : []),
      ],
    },
  };
}

/** One wrapping text block per line (a card ignores line breaks inside a block). */
function textBlocks(text: string) {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => ({ type: 'TextBlock', text: line, wrap: true }));
}

/** Teams shows at most six actions in a set and hides the rest behind "…"; rows of five stay visible. */
const ACTIONS_PER_ROW = 5;

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  );
}

/** A button's data: the choice, and the question it answers (so an old card's button answers nothing). */
function submitAction(choice: RenderedChoice, questionId: string | undefined) {
  const data = questionId ? { choice: choice.id, question: questionId } : { choice: choice.id };
  return { type: 'Action.Submit', title: choice.label, data };
}

export function groups(
  choices: RenderedChoice[],
): { heading?: string; choices: RenderedChoice[] }[] {
  const result: { heading?: string; choices: RenderedChoice[] }[] = [];
  for (const choice of choices) {
    const last = result[result.length - 1];
    if (last && last.heading === choice.group) last.choices.push(choice);
    else result.push({ heading: choice.group, choices: [choice] });
  }
  return result;
}

/** The question text a card shows (its text blocks before the facts and buttons). */
export function cardQuestionText(card: Attachment): string {
  const body = (card.content as { body?: { type?: string; text?: string }[] } | undefined)?.body;
  const lines: string[] = [];
  for (const item of body ?? []) {
    if (item.type !== 'TextBlock' || typeof item.text !== 'string') break;
    lines.push(item.text);
  }
  return lines.join('\n\n');
}
