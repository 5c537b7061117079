/**
 * An id made safe to join with "/": "%" and "/" are escaped, so that no two lists of
 * ids joined this way give the same string. Ids without either character stay as
 * they are.
 */
export function escapeIdPart(id: string): string {
  return id.replace(/[%/]/g, (c) => (c === '%' ? '%25' : '%2F'));
}
