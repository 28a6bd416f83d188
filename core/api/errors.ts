// The error envelope both transports return. Pure; runs anywhere.

export const API_ERROR_CODES = ['BAD_INPUT', 'NOT_FOUND', 'CONFLICT', 'UNAVAILABLE', 'FORBIDDEN', 'INTERNAL'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export type Envelope<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: ApiErrorCode; readonly message: string } };

/** Thrown by handlers for expected failures; dispatch turns it into an error envelope. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
