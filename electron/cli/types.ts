/** A CLI command: each lives in electron/cli/commands/<name>.ts and is listed in electron/cli/registry.ts. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
}

export interface CliCommand {
  /** First word(s) of the command line, e.g. 'amount' (sub-commands are parsed by the command). */
  name: string
  summary: { zh: string; en: string }
  usage: string
  /** argv excludes the command name. Returns the exit code: 0 ok, 1 findings/problems, 2 bad input. */
  run(argv: string[], io: CliIo): Promise<number>
}

/** Thrown for bad command-line input: printed on stderr, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
