import { DataFileError, type DataFileProblemKind } from '../common/dataFile';

export type KnowledgeProblemKind = DataFileProblemKind;

/** A knowledge file that cannot be used; the message names the file and every offending field. */
export class KnowledgeError extends DataFileError {
  constructor(file: string, kind: KnowledgeProblemKind, problems: readonly string[] = []) {
    super('knowledge', file, kind, problems);
    this.name = 'KnowledgeError';
  }
}
