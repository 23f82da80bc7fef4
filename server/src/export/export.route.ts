import type { ApolloServer } from '@apollo/server';
import express, { type NextFunction, type Request, type Response } from 'express';
import {
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { Logger } from '../config/logger.js';
import type { Context } from '../kernel/context.js';
import { localeFrom, localize, type Locale, type LocalizedMessage } from '../kernel/errors.js';
import { QUERY_LIMITS } from '../kernel/limits/limits.js';
import { CSV_CONTENT_TYPE, csvWriter } from './csv-writer.js';
import { ExportError, statusOfCode } from './errors.js';
import { flattenRow, type FlatValue } from './flatten.js';
import { planExport, type ExportPlan } from './plan.js';
import type { ExportWriter } from './writer.js';
import { XLSX_CONTENT_TYPE, xlsxWriter } from './xlsx-writer.js';
import { SAVED_QUERY_NOT_FOUND } from '../modules/saved-query/saved-query.service.js';

export interface ExportDependencies {
  readonly apollo: ApolloServer<Context>;
  readonly schema: GraphQLSchema;
  readonly logger: Logger;
  /** Builds the GraphQL context of a request exactly as `/graphql` does (session cookie, locale, fresh entity manager). */
  contextFor(req: Request, res: Response): Promise<Context>;
}

const FORMATS = { csv: csvWriter, xlsx: xlsxWriter } as const;
type Format = keyof typeof FORMATS;
const CONTENT_TYPES: Record<Format, string> = { csv: CSV_CONTENT_TYPE, xlsx: XLSX_CONTENT_TYPE };

/** One page (or the one list) of rows, and where the next page starts. */
interface Page {
  readonly rows: FlatValue[][];
  readonly next: string | null;
}

/** A GraphQL error while executing a page; before streaming it becomes the JSON error response. */
class PipelineError extends Error {
  constructor(readonly error: GraphQLFormattedError) {
    super(error.message);
  }
}

/**
 * `POST /export?format=csv|xlsx` with `{ query, variables?, operationName? }` as JSON: the query's first
 * connection (page after page) or first list, flattened to one row per node and streamed as CSV or XLSX.
 * Every page goes through Apollo's pipeline with a context made like `/graphql`'s, so the operation
 * policy, read scopes, query limits, the analysts' read-only transaction and NIP masking all apply.
 */
export function exportRouter(deps: ExportDependencies): express.Router {
  const router = express.Router();
  router.post(
    '/export',
    (req: Request, res: Response, next: NextFunction) => {
      // Only JSON: a cross-site form cannot send it without a preflight, so this is also the CSRF guard.
      if (!req.is('application/json')) {
        fail(
          res,
          localeOf(req),
          new ExportError(415, 'UNSUPPORTED_MEDIA_TYPE', {
            id: 'Kirim permintaan sebagai application/json.',
            en: 'Send the request as application/json.',
          }),
        );
        return;
      }
      next();
    },
    express.json({ limit: '1mb' }),
    (req: Request, res: Response) => settle(deps, req, res, handle(deps, req, res)),
    (error: { type?: string; status?: number }, req: Request, res: Response, _next: NextFunction) => {
      const tooLarge = error.type === 'entity.too.large';
      fail(
        res,
        localeOf(req),
        new ExportError(
          tooLarge ? 413 : 400,
          'BAD_REQUEST',
          tooLarge
            ? { id: 'Permintaan melebihi 1 MB.', en: 'The request is larger than 1 MB.' }
            : { id: 'Badan permintaan bukan JSON yang sah.', en: 'The request body is not valid JSON.' },
        ),
      );
    },
  );
  // A saved query by link (read-only, so a plain GET; SameSite=Lax keeps the session on a same-site link).
  router.get('/export/saved/:id', (req: Request, res: Response) => {
    settle(
      deps,
      req,
      res,
      handle(deps, req, res, (context) => readSavedQuery(deps, req, context)),
    );
  });
  return router;
}

const localeOf = (req: Request): Locale => localeFrom(req.headers['accept-language']);

/** An unexpected failure: a 500 before anything was sent, else the stream is cut. */
function settle(deps: ExportDependencies, req: Request, res: Response, work: Promise<void>): void {
  work.catch((error: unknown) => {
    deps.logger.error({ err: error }, 'export failed');
    if (!res.headersSent)
      fail(
        res,
        localeOf(req),
        new ExportError(500, 'INTERNAL_SERVER_ERROR', {
          id: 'Terjadi kesalahan internal.',
          en: 'An internal error occurred.',
        }),
      );
    else res.destroy();
  });
}

function fail(res: Response, locale: Locale, error: ExportError): void {
  res.status(error.status).json({ error: { code: error.code, message: localize(error.text, locale) } });
}

const same = (text: string): LocalizedMessage => ({ id: text, en: text });

/** What to export: the query and its variables, and the file format. */
interface ExportRequest {
  format: Format;
  query: string;
  variables: Record<string, unknown>;
  operationName: string | undefined;
}

function formatOf(req: Request): Format {
  const format = req.query.format;
  if (format !== 'csv' && format !== 'xlsx') {
    throw new ExportError(400, 'BAD_REQUEST', {
      id: 'Parameter format harus csv atau xlsx.',
      en: 'The format parameter must be csv or xlsx.',
    });
  }
  return format;
}

function readRequest(req: Request): ExportRequest {
  const format = formatOf(req);
  const body: unknown = req.body;
  const { query, variables, operationName } = (typeof body === 'object' && body !== null ? body : {}) as Record<
    string,
    unknown
  >;
  if (typeof query !== 'string' || query.trim() === '') {
    throw new ExportError(400, 'BAD_REQUEST', {
      id: 'Badan permintaan harus memuat query (teks GraphQL).',
      en: 'The request body must hold a query (GraphQL text).',
    });
  }
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) {
    throw new ExportError(400, 'BAD_REQUEST', {
      id: 'variables harus berupa objek.',
      en: 'variables must be an object.',
    });
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    throw new ExportError(400, 'BAD_REQUEST', {
      id: 'operationName harus berupa teks.',
      en: 'operationName must be a string.',
    });
  }
  return {
    format,
    query,
    variables: (variables ?? {}) as Record<string, unknown>,
    operationName: operationName ?? undefined,
  };
}

function parseAndValidate(schema: GraphQLSchema, query: string): DocumentNode {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: QUERY_LIMITS.maxTokens });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    throw new ExportError(400, 'GRAPHQL_PARSE_FAILED', {
      id: `Kueri tidak dapat dibaca: ${error.message}`,
      en: `The query cannot be parsed: ${error.message}`,
    });
  }
  const [problem] = validate(schema, document);
  if (problem) {
    throw new ExportError(400, 'GRAPHQL_VALIDATION_FAILED', {
      id: `Kueri tidak sah: ${problem.message}`,
      en: `The query is not valid: ${problem.message}`,
    });
  }
  return document;
}

/** `kinerja-<operation or 'ekspor'>-<YYYYMMDD in Jakarta>.<ext>`. */
export function exportFileName(operationName: string | undefined, extension: string, now = new Date()): string {
  const name = (operationName ?? '').replace(/[^A-Za-z0-9_-]/g, '') || 'ekspor';
  const day = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(now)
    .replace(/-/g, '');
  return `kinerja-${name}-${day}.${extension}`;
}

function valueAt(value: unknown, keys: readonly string[]): unknown {
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? null;
}

/** Reads a saved query for its export: the `savedQuery` field itself, so the export is allowed exactly when that is. */
const SAVED_QUERY_FOR_EXPORT = 'query SavedQueryForExport($id: ID!) { savedQuery(id: $id) { query variables } }';

/**
 * A saved query (your own or a shared one) with its stored variables, read through the GraphQL pipeline as the
 * `savedQuery` query: the operation policy (explorers only), the service's visibility and their refusals are
 * those of `/graphql`. A missing or private one is 404.
 */
async function readSavedQuery(deps: ExportDependencies, req: Request, context: Context): Promise<ExportRequest> {
  const format = formatOf(req);
  const response = await deps.apollo.executeOperation(
    { query: SAVED_QUERY_FOR_EXPORT, variables: { id: String(req.params.id ?? '') } },
    { contextValue: context },
  );
  if (response.body.kind !== 'single') throw new Error('the saved query came back incremental');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw new PipelineError(errors[0]!);
  const saved = (
    data as { savedQuery?: { query: string; variables: Record<string, unknown> | null } | null } | undefined
  )?.savedQuery;
  if (!saved) throw new ExportError(404, 'NOT_FOUND', SAVED_QUERY_NOT_FOUND);
  return { format, query: saved.query, variables: saved.variables ?? {}, operationName: undefined };
}

async function handle(
  deps: ExportDependencies,
  req: Request,
  res: Response,
  read: (context: Context) => ExportRequest | Promise<ExportRequest> = () => readRequest(req),
): Promise<void> {
  const locale = localeOf(req);
  let plan: ExportPlan;
  let variables: Record<string, unknown>;
  let first: Page;
  let format: Format;
  try {
    const body = req.method === 'POST' ? readRequest(req) : null;
    const context = await deps.contextFor(req, res);
    if (!context.actor.userId)
      throw new ExportError(401, 'UNAUTHENTICATED', {
        id: 'Silakan masuk terlebih dahulu.',
        en: 'Please sign in first.',
      });
    const request = body ?? (await read(context));
    format = request.format;
    variables = request.variables;
    const document = parseAndValidate(deps.schema, request.query);
    plan = planExport(deps.schema, document, request.operationName, variables);
    first = await executePage(deps, plan, variables, context, plan.paging?.initialAfter ?? null);
  } catch (error) {
    if (error instanceof ExportError) return fail(res, locale, error);
    if (error instanceof PipelineError) {
      const code =
        typeof error.error.extensions?.code === 'string' ? error.error.extensions.code : 'INTERNAL_SERVER_ERROR';
      return fail(res, locale, new ExportError(statusOfCode(code), code, same(error.error.message)));
    }
    throw error;
  }

  res.status(200);
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${exportFileName(plan.operationName, format)}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // Made once the headers are set: the XLSX writer starts zipping into the response at once.
  const writer: ExportWriter = FORMATS[format](res);

  const started = Date.now();
  let rows = 0;
  let pages = 1;
  let page = first;
  await writer.begin(plan.columns);
  try {
    for (;;) {
      await writer.rows(page.rows);
      rows += page.rows.length;
      if (res.destroyed || page.next === null) break;
      page = await executePage(deps, plan, variables, await deps.contextFor(req, res), page.next);
      pages++;
    }
  } catch (error) {
    const reason = error instanceof PipelineError ? error.error : error;
    deps.logger.error({ err: reason, rows, pages, format }, 'export failed while streaming; the file ends incomplete');
    await writer.incomplete(
      localize(
        {
          id: `EKSPOR TIDAK LENGKAP: terhenti karena kesalahan setelah ${rows} baris. Silakan ulangi.`,
          en: `INCOMPLETE EXPORT: stopped by an error after ${rows} rows. Please try again.`,
        },
        locale,
      ),
    );
    return;
  }
  if (res.destroyed) {
    deps.logger.info({ rows, pages, format }, 'export stopped: the client went away');
    return;
  }
  await writer.end();
  deps.logger.info({ rows, pages, format, ms: Date.now() - started }, 'export finished');
}

/** Executes one page through Apollo's whole request pipeline (plugins included) and flattens its rows. */
async function executePage(
  deps: ExportDependencies,
  plan: ExportPlan,
  variables: Record<string, unknown>,
  context: Context,
  after: string | null,
): Promise<Page> {
  const response = await deps.apollo.executeOperation(
    {
      query: plan.query,
      operationName: plan.operationName,
      variables: plan.paging ? { ...variables, [plan.paging.afterVariable]: after } : variables,
    },
    { contextValue: context },
  );
  if (response.body.kind !== 'single') throw new Error('an export page came back incremental');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw new PipelineError(errors[0]!);
  const target = valueAt(data, plan.path);
  if (!plan.paging) {
    const items = Array.isArray(target) ? target : [];
    return { rows: items.filter((item) => item !== null).map((item) => flattenRow(item, plan.columns)), next: null };
  }
  const [listKey, itemKey] = plan.paging.items;
  const list = valueAt(target, [listKey!]);
  const items = (Array.isArray(list) ? list : [])
    .map((entry) => (itemKey ? valueAt(entry, [itemKey]) : entry))
    .filter((item) => item !== null);
  const pageInfo = valueAt(target, ['pageInfo']) as { hasNextPage?: boolean; endCursor?: string | null } | null;
  const next =
    pageInfo?.hasNextPage && pageInfo.endCursor && pageInfo.endCursor !== after && items.length > 0
      ? pageInfo.endCursor
      : null;
  return { rows: items.map((item) => flattenRow(item, plan.columns)), next };
}
