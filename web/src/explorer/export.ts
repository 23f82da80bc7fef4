export type ExportFormat = 'csv' | 'xlsx';

/** The request body of `POST /export`: the query as GraphiQL holds it. */
interface ExportRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

type ExportResult = { ok: true; blob: Blob; filename: string } | { ok: false; code: string; message: string };

/** The file name of a `Content-Disposition: attachment` header (RFC 6266: `filename*` wins over `filename`). */
export function filenameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const quoted = /filename\s*=\s*"((?:\\.|[^"\\])*)"/.exec(header);
  if (quoted) return quoted[1]!.replace(/\\(.)/g, '$1');
  const bare = /filename\s*=\s*([^;]+)/.exec(header);
  return bare ? bare[1]!.trim() : fallback;
}

/**
 * Asks the server for the query's result as a file (same-origin session cookie, JSON body so the CSRF
 * prevention is satisfied). A refusal carries `{ error: { code, message } }`; anything else is reported
 * with the HTTP status.
 */
export async function requestExport(
  format: ExportFormat,
  request: ExportRequest,
  fetchImpl: typeof fetch = fetch,
  language = 'id',
): Promise<ExportResult> {
  let response: Response;
  try {
    response = await fetchImpl(`/export?format=${format}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify(request),
    });
  } catch (error) {
    return { ok: false, code: 'NETWORK', message: error instanceof Error ? error.message : String(error) };
  }
  if (response.ok) {
    return {
      ok: true,
      blob: await response.blob(),
      filename: filenameFromDisposition(response.headers.get('content-disposition'), `kinerja.${format}`),
    };
  }
  let code = `HTTP_${response.status}`;
  let message = `${response.status} ${response.statusText}`.trim();
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // not JSON: keep the status
  }
  return { ok: false, code, message };
}

/** Hands a blob to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
