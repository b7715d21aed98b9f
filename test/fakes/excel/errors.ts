/** Errors shaped like OfficeExtension.Error (name `RichApi.Error`, `code`, `debugInfo`). */

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const ErrorCodes = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidSelection: 'InvalidSelection',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  propertyNotLoaded: 'PropertyNotLoaded',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
} as const;

/** What Excel answers for a member of a requirement set it does not support (office.js's own wording). */
export function apiNotFound(member: string, set: string, version: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.apiNotFound,
    `The method or property ${member} is part of the ${set} ${version} requirement set, which is not available in your version of Excel.`
  );
}

export function propertyNotLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.propertyNotLoaded,
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError(ErrorCodes.itemNotFound, `The requested resource doesn't exist. (${what})`);
}

export function itemAlreadyExists(): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.itemAlreadyExists,
    'A resource with the same name or identifier already exists.'
  );
}

export function invalidArgument(what: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.invalidArgument,
    `The argument is invalid or missing or has an incorrect format. (${what})`
  );
}

export function invalidOperation(what: string): FakeOfficeError {
  return new FakeOfficeError(
    ErrorCodes.invalidOperation,
    `This operation is not permitted for the current object. (${what})`
  );
}

/** Converts whatever the host side threw into an Office-like error (`InvalidArgument: …` → code InvalidArgument). */
export function asOfficeError(e: unknown, location: string): FakeOfficeError {
  if (e instanceof FakeOfficeError) {
    return e.debugInfo.errorLocation ? e : new FakeOfficeError(e.code, e.message, location);
  }
  const msg = e instanceof Error ? e.message : String(e);
  const m = /^(\w+): (.*)$/s.exec(msg);
  if (m && (Object.values(ErrorCodes) as string[]).includes(m[1])) return new FakeOfficeError(m[1], m[2], location);
  return new FakeOfficeError(ErrorCodes.generalException, msg, location);
}
