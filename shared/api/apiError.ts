/** What went wrong, in words a user can act on, plus a machine-readable code. */
export const API_ERROR_CODES = [
  'bad-input',
  'not-found',
  'conflict',
  'unsupported-media',
  'too-large',
  'damaged',
  'read-only',
  'disk-full',
  'unauthorized',
  'internal',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const HTTP_STATUS_FOR_CODE: Record<ApiErrorCode, number> = {
  'bad-input': 400,
  unauthorized: 401,
  'not-found': 404,
  conflict: 409,
  'too-large': 413,
  'unsupported-media': 415,
  damaged: 422,
  'read-only': 507,
  'disk-full': 507,
  internal: 500,
};

export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
  details?: string[];
}

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details: string[] | undefined;

  constructor(code: ApiErrorCode, message: string, details?: string[]) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  toJSON(): ApiErrorShape {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }

  static fromShape(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, shape.details);
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.message === 'string' && typeof v.code === 'string' && (API_ERROR_CODES as readonly string[]).includes(v.code);
}
