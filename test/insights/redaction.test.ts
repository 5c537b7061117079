import { redactQuestion } from '../../insights/redaction';
import { AttemptTurn } from '../../insights/attemptTurn';

describe('redacting a kept unanswered question', () => {
  test.each([
    ['mail me at anna.berg+wx@example.co.uk please', 'mail me at [email] please'],
    ['call +46 70-123 45 67 or (08) 123 456 78', 'call [phone] or [phone]'],
    ['order 12345678 for site 12345', 'order [number] for site 12345'],
    ['tenant 123456', 'tenant [number]'],
    ['  many\n\n spaces\t here ', 'many spaces here'],
    ['version 1.2.3 on 2024-05-01', 'version 1.2.3 on 2024-05-01'],
  ])('%s', (text, kept) => {
    expect(redactQuestion(text)).toBe(kept);
  });

  test('is cut to 200 characters after redaction', () => {
    const kept = redactQuestion(`write to a@b.se ${'å'.repeat(300)}`);
    expect(Array.from(kept)).toHaveLength(200);
    expect(kept).toContain('[email]');
  });
});

describe('what an attempt keeps of what the admin typed', () => {
  const facts = { channel: 'msteams', language: 'sv', now: 1000, answered: [] };
  const unanswered = (keepQuestions: boolean) => {
    const turn = new AttemptTurn({ keepQuestions, newId: () => 'a1' });
    turn.questionAsked({ kind: 'unanswered', text: 'Kan jag ringa 0701234567?' });
    return turn.fold(undefined, facts).record;
  };

  test('without INSIGHTS_KEEP_QUESTIONS: the count, never the text', () => {
    const record = unanswered(false);
    expect(record.questions).toEqual({ topics: {}, unanswered: 1, outOfScope: 0, texts: [] });
    expect(JSON.stringify(record)).not.toContain('ringa');
  });

  test('with it: the redacted text', () => {
    expect(unanswered(true).questions.texts).toEqual(['Kan jag ringa [phone]?']);
  });
});
