import type { QuestionContent } from '../../dialogs/question';
import { groups } from './choiceCard';

/** The choices as a numbered list under their group headings: works on any channel. */
export function numberedList(content: QuestionContent): string {
  let number = 0;
  return groups(content.choices)
    .map(({ heading, choices }) => {
      const lines = choices.map((c) => `${heading ? '  ' : ''}${++number}. ${c.label}`);
      return [...(heading ? [heading] : []), ...lines].join('\n');
    })
    .join('\n');
}
