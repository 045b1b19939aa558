import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Stable error codes of the hub (`extensions.code`). Clients may switch on these; never rename one.
 * The README lists them with their meaning.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  UPSTREAM_BAD_RESPONSE: 'UPSTREAM_BAD_RESPONSE',
  UPSTREAM_REJECTED: 'UPSTREAM_REJECTED',
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  INTROSPECTION_DISABLED: 'INTROSPECTION_DISABLED',
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_REQUEST: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** The caller may only send trusted (persisted) documents, by id; a free-form document is refused. */
  TRUSTED_DOCUMENT_REQUIRED: 'TRUSTED_DOCUMENT_REQUIRED',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const EXPECTED_CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c !== ErrorCode.INTERNAL_SERVER_ERROR));

/** Whether a code marks an expected outcome whose message may reach the client as is. */
export function isExpectedCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && EXPECTED_CODES.has(code);
}

/** An expected failure with a stable code and a message written for the client. */
export class HubError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'HubError';
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const badUserInput = (message: string, extra: Record<string, unknown> = {}) =>
  new HubError(ErrorCode.BAD_USER_INPUT, message, extra);
export const unauthenticated = (message = 'Aanmelden is vereist.') => new HubError(ErrorCode.UNAUTHENTICATED, message);
/** Deliberately vague: a refusal never tells whether the thing exists. */
export const forbidden = (message = 'Geen toegang.') => new HubError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => new HubError(ErrorCode.NOT_FOUND, `${what} niet gevonden.`);
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new HubError(ErrorCode.CONFLICT, message, extra);

/**
 * A failure of an upstream source. `source` names the upstream (e.g. "adressenregister", "epc") so that
 * a client can tell which part of the data is missing; the message never contains a URL or host.
 */
export class UpstreamError extends HubError {
  constructor(
    readonly upstream: string,
    code: typeof ErrorCode.UPSTREAM_TIMEOUT | typeof ErrorCode.UPSTREAM_UNAVAILABLE | typeof ErrorCode.UPSTREAM_BAD_RESPONSE | typeof ErrorCode.UPSTREAM_REJECTED,
    message: string,
    readonly detail?: string,
    readonly status?: number,
  ) {
    super(code, message, { source: upstream });
    this.name = 'UpstreamError';
  }
}

const MASKED_MESSAGE = 'Er liep iets onverwacht mis. Vermeld het request-id als je contact opneemt.';

export interface MaskingLogger {
  error(obj: object, msg?: string): void;
}

/**
 * Formats an error for a client: expected errors (a known code) pass with their message and
 * extensions; everything else is logged with the request id and replaced by a generic message,
 * so that no SQL, stack trace, host or URL reaches a client.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  original: unknown,
  opts: { logger: MaskingLogger; requestId?: string },
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isExpectedCode(code)) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  const cause = original instanceof GraphQLError && original.originalError ? original.originalError : original;
  opts.logger.error({ err: cause, requestId: opts.requestId, path: formatted.path }, 'unexpected error');
  return {
    message: MASKED_MESSAGE,
    ...(formatted.path ? { path: formatted.path } : {}),
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(opts.requestId ? { requestId: opts.requestId } : {}) },
  };
}
