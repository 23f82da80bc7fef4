const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; a malformed one can name no record, so it is treated like an unknown one. */
export function isId(value: string): boolean {
  return UUID.test(value);
}
