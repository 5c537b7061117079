import { DataFileError, type DataFileProblemKind } from '../common/dataFile';

export type RulesProblemKind = DataFileProblemKind;

/** A rules file that cannot be used; the message names the file and every offending field. */
export class RulesError extends DataFileError {
  constructor(file: string, kind: RulesProblemKind, problems: readonly string[] = []) {
    super('rules', file, kind, problems);
    this.name = 'RulesError';
  }
}
