import { readDataFile, shippedFile } from '../common/dataFile';
import { KnowledgeError, type KnowledgeProblemKind } from './knowledgeError';
import { knowledgeSchema, type KnowledgeData } from './knowledgeSchema';

/**
 * The shipped knowledge base: knowledge/knowledge.json under the package root (the
 * directory holding package.json), found from the sources (ts-jest) or from dist/.
 */
export function defaultKnowledgeFile(): string {
  return shippedFile('knowledge', 'knowledge.json');
}

/** Reads, parses and validates a knowledge file. Throws KnowledgeError naming the file and every problem. */
export function loadKnowledge(file: string = defaultKnowledgeFile()): KnowledgeData {
  return readDataFile(file, knowledgeSchema, knowledgeError);
}

function knowledgeError(file: string, kind: KnowledgeProblemKind, problems?: string[]) {
  return new KnowledgeError(file, kind, problems);
}
