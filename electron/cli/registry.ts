import type { CliCommand } from './types'
import { command as amount } from './commands/amount'
import { command as check } from './commands/check'
import { command as competitors } from './commands/competitors'
import { command as concession } from './commands/concession'
import { command as demo } from './commands/demo'
import { command as doctor } from './commands/doctor'
import { command as exportCmd } from './commands/export'

/** Every command of `bidbench`, in the order --help lists them. */
export const COMMANDS: CliCommand[] = [demo, doctor, check, amount, exportCmd, competitors, concession]
