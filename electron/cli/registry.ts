import type { CliCommand } from './types'
import { command as amount } from './commands/amount'
import { command as check } from './commands/check'
import { command as competitors } from './commands/competitors'
import { command as concession } from './commands/concession'
import { command as demo } from './commands/demo'
import { command as doctor } from './commands/doctor'
import { command as exportCmd } from './commands/export'
import { command as matrix } from './commands/matrix'
import { command as negotiation } from './commands/negotiation'
import { command as priceScore } from './commands/price-score'
import { commands as pipelineCommands } from './commands/pipeline'
import { command as tender } from './commands/tender'
import { command as winprob } from './commands/winprob'
import { commands as syncCommands } from './commands/sync'

/** Every command of `bidbench`, in the order --help lists them. */
export const COMMANDS: CliCommand[] = [
  demo,
  doctor,
  check,
  amount,
  exportCmd,
  tender,
  matrix,
  priceScore,
  winprob,
  competitors,
  concession,
  negotiation,
  ...pipelineCommands,
  ...syncCommands,
]
