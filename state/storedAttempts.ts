import { attemptRecordSchema, type AttemptRecord } from '../insights/attemptRecord';

/** Stored attempts as records; one that does not parse (a damaged or foreign value) is left out. */
export function parseAttempts(jsons: readonly (string | null)[]): AttemptRecord[] {
  const records: AttemptRecord[] = [];
  for (const json of jsons) {
    if (!json) continue;
    try {
      const parsed = attemptRecordSchema.safeParse(JSON.parse(json));
      if (parsed.success) records.push(parsed.data);
    } catch {
      // not JSON: left out
    }
  }
  return records;
}
