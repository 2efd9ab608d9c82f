/**
 * The API's errors: small typed classes, each naming the offending value, and
 * ONE function (`errorBody`) that turns any thrown value into a status and a
 * JSON body (STYLE.md §9). Handlers and queries throw; `app.onError` maps.
 * Anything that is not an `ApiError` is a bug on our side: it becomes a 500
 * whose body says nothing about the internals (the log gets the details).
 */

/** Longest slice of a user value echoed back in a message: enough to recognise it, too short to reflect a payload. */
const ECHO_MAX = 60;

/** Quotes a user-supplied value for an error message, cut short and with control characters made visible. */
export function echo(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '\uFFFD');
  return `'${clean.length > ECHO_MAX ? `${clean.slice(0, ECHO_MAX)}…` : clean}'`;
}

export type ErrorCode =
  | 'bad_parameter'
  | 'bad_body'
  | 'not_found'
  | 'unauthorized'
  | 'ingest_disabled'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'internal';

export class ApiError extends Error {
  override readonly name: string = 'ApiError';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 500,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A query or path parameter that failed validation; `parameter` names it. */
export class BadParameter extends ApiError {
  override readonly name = 'BadParameter';
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(400, 'bad_parameter', `${parameter}: ${message}`);
  }
}

/** A request body that could not be read or validated. */
export class BadBody extends ApiError {
  override readonly name = 'BadBody';
  constructor(message: string) {
    super(400, 'bad_body', message);
  }
}

export class NotFound extends ApiError {
  override readonly name = 'NotFound';
  constructor(what: string, id: string) {
    super(404, 'not_found', `no ${what} ${echo(id)}`);
  }
}

export class Unauthorized extends ApiError {
  override readonly name = 'Unauthorized';
  constructor(message = 'missing or wrong bearer token') {
    super(401, 'unauthorized', message);
  }
}

/** Ingest over HTTP is off unless the operator configured a token. */
export class IngestDisabled extends ApiError {
  override readonly name = 'IngestDisabled';
  constructor() {
    super(403, 'ingest_disabled', 'ingest over HTTP is disabled: start the server with --ingest-token or BRINK_INGEST_TOKEN');
  }
}

export class PayloadTooLarge extends ApiError {
  override readonly name = 'PayloadTooLarge';
  constructor(limit: number) {
    super(413, 'payload_too_large', `request body exceeds ${limit} bytes`);
  }
}

export class UnsupportedMediaType extends ApiError {
  override readonly name = 'UnsupportedMediaType';
  constructor(type: string | undefined, allowed: readonly string[]) {
    super(415, 'unsupported_media_type', `content-type ${echo(type ?? '(none)')} is not one of ${allowed.join(', ')}`);
  }
}

export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly parameter?: string };
}

/** The one place an error becomes a response. */
export function errorBody(error: unknown): { status: ApiError['status']; body: ErrorBody } {
  if (error instanceof BadParameter) {
    return { status: 400, body: { error: { code: error.code, message: error.message, parameter: error.parameter } } };
  }
  if (error instanceof ApiError) return { status: error.status, body: { error: { code: error.code, message: error.message } } };
  return { status: 500, body: { error: { code: 'internal', message: 'internal error; see the server log' } } };
}
