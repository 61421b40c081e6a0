import { APP_VERSION } from '@services/version'
import { isAppError } from '@shared/errors'
import { allCommands, findCommand } from './registry'
import { UsageError, type CliIo } from './types'

export async function helpText(): Promise<string> {
  // Usages are long (sub-commands, options): each gets its own line with the summary indented below.
  return [
    `BidBench 投标谈判工作台 ${APP_VERSION}`,
    '',
    '用法 / usage: bidbench <command> [options]',
    '',
    ...(await allCommands()).flatMap((c) => [
      ...c.usage.split(new RegExp(` \\| (?=${c.name} )`)).map((u) => `  ${u}`),
      `      ${c.summary.zh}`,
      `      ${c.summary.en}`,
      '',
    ]),
    '  --help      显示帮助 / show this help',
    '  --version   显示版本 / print the version',
    '  --json      机器可读输出 / machine-readable output (commands that print results)',
  ].join('\n')
}

/** Errors that mean the command line asked for something wrong: exit code 2, as for a usage error. */
const BAD_INPUT = new Set([
  'VALIDATION',
  'BAD_AMOUNT',
  'IMPORT_REJECTED',
  'SHEET_NOT_FOUND',
  'NOT_FOUND',
  'WORKSPACE_NOT_FOUND',
])

/** Runs one command line; returns the exit code (0 ok, 1 problems found, 2 bad input). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv
  if (!first || first === '--help' || first === '-h' || first === 'help') {
    io.out(await helpText())
    return first ? 0 : 2
  }
  if (first === '--version' || first === '-v') {
    io.out(APP_VERSION)
    return 0
  }
  const cmd = await findCommand(first)
  if (!cmd) {
    io.err(`未知命令 / unknown command: ${first}\n\n${await helpText()}`)
    return 2
  }
  if (rest.includes('--help')) {
    io.out(`bidbench ${cmd.usage}\n${cmd.summary.zh} / ${cmd.summary.en}`)
    return 0
  }
  try {
    return await cmd.run(rest, io)
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException)?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.err(`${(e as Error).message}\n用法 / usage: bidbench ${cmd.usage}`)
      return 2
    }
    if (isAppError(e)) {
      io.err(`${e.code}: ${e.zh}\n${e.en}`)
      return BAD_INPUT.has(e.code) ? 2 : 1
    }
    io.err(`错误 / error: ${e instanceof Error ? e.message : String(e)}`)
    return 1
  }
}
