import type { Writable } from 'node:stream';
import type { Column, FlatValue } from './flatten.js';

/** Writes the rows of an export into the response, a page at a time. */
export interface ExportWriter {
  readonly contentType: string;
  readonly extension: string;
  /** Writes the header row. */
  begin(columns: readonly Column[]): Promise<void>;
  /** Writes a page of rows; resolves once the response takes more (backpressure) or the client has gone. */
  rows(rows: readonly FlatValue[][]): Promise<void>;
  /** Ends a failed export with a last row saying it is incomplete. */
  incomplete(message: string): Promise<void>;
  /** Ends the file; resolves once everything is handed to the response. */
  end(): Promise<void>;
}

/**
 * Resolves when `stream` has drained, at once when it does not need to; also when the response closes
 * (the client went away) or fails, so a writer never waits for a reader that is gone.
 */
export function drained(stream: Writable, response: Writable): Promise<void> {
  if (!stream.writableNeedDrain || response.destroyed || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done).off('error', done);
      response.off('close', done);
      resolve();
    };
    stream.on('drain', done).on('close', done).on('error', done);
    response.on('close', done);
  });
}

/** Resolves when the response has been fully handed to the system, or closed. */
export function finished(response: Writable): Promise<void> {
  if (response.writableFinished || response.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      response.off('finish', done).off('close', done);
      resolve();
    };
    response.on('finish', done).on('close', done);
  });
}
