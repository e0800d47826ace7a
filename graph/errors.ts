// Typed errors: each names what went wrong and what to do, so the CLI can print one line and pick an exit code.

export class NewsgraphError extends Error {
  /** A short machine-readable code a caller can branch on. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The user asked for something the CLI cannot do as asked (exit code 1). */
export class UsageError extends NewsgraphError {
  constructor(message: string) {
    super('USAGE', message);
  }
}

/** One input (file, or line of a file) that cannot be read as an article; the run skips it and goes on. */
export class InputError extends NewsgraphError {
  readonly file: string;
  readonly line?: number;
  constructor(file: string, reason: string, line?: number) {
    super('INPUT', `${line === undefined ? file : `${file}:${line}`}: ${reason}`);
    this.file = file;
    this.line = line;
  }
}

/** The store on disk is unreadable or cannot be written. */
export class StoreError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE', message, options);
  }
}

/** Neo4j could not be reached, refused the credentials, or lacks the database. */
export class Neo4jError extends NewsgraphError {
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
  }
}
