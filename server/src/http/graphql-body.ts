import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import { localeFrom, localize, type LocalizedMessage } from '../kernel/errors.js';
import { GRAPHQL_RESPONSE_JSON, responseMediaTypeFor } from './graphql-status.plugin.js';

/** The largest `/graphql` request body (express's `1mb`: 1 MiB). */
const LIMIT = '1mb';
const LIMIT_TEXT = '1 MB';

/** A request that never reaches GraphQL: answered like a GraphQL request error, in the client's media type and language. */
export function sendRequestError(
  req: Request,
  res: Response,
  status: number,
  code: string,
  message: LocalizedMessage,
): void {
  const mediaType =
    responseMediaTypeFor(req.headers.accept) === GRAPHQL_RESPONSE_JSON ? GRAPHQL_RESPONSE_JSON : 'application/json';
  res
    .status(status)
    .type(`${mediaType}; charset=utf-8`)
    .send(
      JSON.stringify({
        errors: [{ message: localize(message, localeFrom(req.headers['accept-language'])), extensions: { code } }],
      }),
    );
}

/** A POST must carry JSON (GraphQL-over-HTTP); anything else is 415, before a byte of it is read. */
const requireJson: RequestHandler = (req, res, next) => {
  const essence = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (req.method !== 'POST' || essence === 'application/json') return next();
  sendRequestError(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', {
    id: 'Kirim permintaan GraphQL sebagai JSON (Content-Type: application/json).',
    en: 'Send GraphQL requests as JSON (Content-Type: application/json).',
  });
};

/** The errors of express's body parser (`type` names each), as GraphQL-shaped JSON instead of an HTML page. */
const bodyErrors: ErrorRequestHandler = (
  error: { type?: string; charset?: string; encoding?: string },
  req,
  res,
  next,
) => {
  switch (error.type) {
    case 'entity.too.large':
      return sendRequestError(req, res, 413, 'PAYLOAD_TOO_LARGE', {
        id: `Permintaan melebihi batas ${LIMIT_TEXT}.`,
        en: `The request is larger than the ${LIMIT_TEXT} limit.`,
      });
    case 'entity.parse.failed':
      return sendRequestError(req, res, 400, 'BAD_REQUEST', {
        id: 'Badan permintaan bukan JSON yang sah: kirim objek { "query": "…", "variables": { … } }.',
        en: 'The request body is not valid JSON: send an object { "query": "…", "variables": { … } }.',
      });
    case 'charset.unsupported':
      return sendRequestError(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', {
        id: `Pengodean karakter "${error.charset ?? ''}" tidak didukung; kirim UTF-8.`,
        en: `The character set "${error.charset ?? ''}" is not supported; send UTF-8.`,
      });
    case 'encoding.unsupported':
      return sendRequestError(req, res, 415, 'UNSUPPORTED_MEDIA_TYPE', {
        id: `Content-Encoding "${error.encoding ?? ''}" tidak didukung; kirim gzip, deflate, br atau tanpa kompresi.`,
        en: `The Content-Encoding "${error.encoding ?? ''}" is not supported; send gzip, deflate, br or none.`,
      });
    case 'request.aborted':
    case 'request.size.invalid':
      return sendRequestError(req, res, 400, 'BAD_REQUEST', {
        id: 'Badan permintaan tidak lengkap.',
        en: 'The request body is incomplete.',
      });
    default:
      return next(error);
  }
};

/** What runs before Apollo on `/graphql`: the media type check, the JSON body parser with its limit, its errors. */
export function graphqlBody(): (RequestHandler | ErrorRequestHandler)[] {
  return [requireJson, express.json({ limit: LIMIT }), bodyErrors];
}
