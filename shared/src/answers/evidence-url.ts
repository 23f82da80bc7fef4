/** An http(s) link with a host, an optional port and an optional path, query or fragment, without spaces. */
const HTTP_URL = /^https?:\/\/([a-z0-9-]+\.)*[a-z0-9-]+(:\d{1,5})?([/?#]\S*)?$/i;

/** Whether a string is an acceptable evidence link (only http and https are allowed). */
export function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value.trim());
}
