import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { KnowledgeError } from '../../knowledge/knowledgeError';
import { defaultKnowledgeFile, loadKnowledge } from '../../knowledge/loadKnowledge';

type Knowledge = {
  [key: string]: unknown;
  sources: Record<string, string>;
  links: Record<string, { url?: string }>;
  entries: {
    id: string;
    answer: { en: string; sv: string };
    topics: { en: string[]; sv: string[] };
    basis: { source?: string; assumed?: string };
    links?: string[];
    [key: string]: unknown;
  }[];
};

const FIXTURES = resolve(__dirname, 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
const shipped = (): Knowledge =>
  JSON.parse(readFileSync(defaultKnowledgeFile(), 'utf8')) as Knowledge;

/** Loads `file` and returns the KnowledgeError it must fail with. */
function failure(file: string): KnowledgeError {
  try {
    loadKnowledge(file);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return error as KnowledgeError;
  }
  throw new Error(`the broken knowledge file ${file} was accepted`);
}

/** The shipped knowledge with one change, written to a file of its own. */
function changedFile(change: (k: Knowledge) => void): string {
  const knowledge = shipped();
  change(knowledge);
  const file = join(dir, `knowledge-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(knowledge, null, 2));
  return file;
}

describe('a broken knowledge file fails with a message that names the file and the field', () => {
  test('the shipped file is valid', () => {
    expect(() => loadKnowledge()).not.toThrow();
  });

  test.each<[string, (k: Knowledge) => void, string]>([
    [
      'a missing Swedish answer',
      (k) => delete (k.entries[2]!.answer as Partial<Knowledge['entries'][0]['answer']>).sv,
      'entries[2].answer.sv: is missing',
    ],
    [
      'an unknown source',
      (k) => (k.entries[4]!.basis = { source: 'blog-post' }),
      'entries[4].basis.source: "blog-post" is not listed in sources',
    ],
    [
      'an assumption that does not say what to verify',
      (k) => (k.entries[1]!.basis = { assumed: 'maybe' }),
      'entries[1].basis',
    ],
    [
      'an answer that does not name its source',
      (k) => (k.entries[0]!.answer.en = 'There are three platforms.'),
      'entries[0].answer.en: must name its source in the text, with "(Source: ...)"',
    ],
    [
      'an assumed entry whose Swedish answer does not say so',
      (k) => (k.entries[3]!.basis = { assumed: 'verify this with Cisco first' }),
      'entries[3].answer.sv: must name its assumption in the text, with "(Antagande: ...)"',
    ],
    [
      'a link id that is not defined',
      (k) => (k.entries[5]!.links = ['cisco-home']),
      'entries[5].links[0]: "cisco-home" is not listed in links',
    ],
    [
      'a duplicate id',
      (k) => (k.entries[6]!.id = k.entries[7]!.id),
      'entries[7].id: duplicate entry',
    ],
    [
      'an answer far longer than a few lines',
      (k) => (k.entries[8]!.answer.en = `${'word '.repeat(200)}(Source: x)`),
      'entries[8].answer.en: an answer is a few lines',
    ],
    [
      'an entry without topics',
      (k) => (k.entries[9]!.topics.sv = []),
      'entries[9].topics.sv: an entry needs at least one topic phrase',
    ],
    [
      'a link that is not https',
      (k) => (k.links['control-hub']!.url = 'http://admin.webex.com'),
      'links.control-hub.url: must be an https:// address',
    ],
    [
      'an unexpected field',
      (k) => (k.entries[10]!.answers = 'typo'),
      'entries[10]: unexpected field "answers"',
    ],
    ['a wrong version', (k) => (k.version = 2), 'version:'],
  ])('%s', (_, change, expected) => {
    const file = changedFile(change);
    const error = failure(file);
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain(file);
    expect(error.message).toContain(expected);
  });

  test('a file that is not JSON names the line and column', () => {
    const file = join(FIXTURES, 'not-json.txt');
    const error = failure(file);
    expect(error.kind).toBe('not-json');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/line 5, column \d+/);
  });

  test('a missing file says so', () => {
    const error = failure(join(dir, 'nowhere.json'));
    expect(error.kind).toBe('missing');
    expect(error.message).toMatch(/knowledge file .*nowhere\.json does not exist/);
  });
});
