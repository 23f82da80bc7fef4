const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; a malformed one can name no record, so it is treated like an unknown one. */
export function isId(value: string): boolean {
  return UUID.test(value);
}

/** A well-formed id no record has: stands in an SQL in-list or comparison that must match nothing. */
export const NO_ID = '00000000-0000-0000-0000-000000000000';
