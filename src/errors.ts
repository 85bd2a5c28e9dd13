/**
 * Exit codes, documented in the README. Only the entry point exits; everything else throws.
 */
export const EXIT = {
  ok: 0,
  /** Invalid data, unknown id, not a workspace: something to fix, then run again. */
  failure: 1,
  /** The command was used wrongly: a bad option, or a terminal was needed and there is none. */
  usage: 2,
  /** The audit file was saved, but committing it to git failed. */
  gitFailed: 3,
  /** Interrupted with Ctrl-C; a draft was kept where there was one. */
  interrupted: 130,
} as const;

/** A problem the user can fix. Printed as one line (plus an optional hint), never a stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
    readonly hint?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'UserError';
  }
}

export function usageError(message: string, hint?: string): UserError {
  return new UserError(message, EXIT.usage, hint);
}
