import type { CliCommand } from './types'

type Loader = () => Promise<CliCommand[]>
const one = (m: Promise<{ command: CliCommand }>) => m.then((x) => [x.command])

/**
 * Every command of `bidbench`, in the order --help lists them, with the names each module defines. A module is
 * loaded only when one of its commands runs: what the others need (Excel, Word, git) must not slow the start of
 * `bidbench amount` (npm run bench: cli_startup). test/unit/cli-registry.test.ts keeps the names in step.
 */
const ENTRIES: [names: string[], load: Loader][] = [
  [['demo'], () => one(import('./commands/demo'))],
  [['doctor'], () => one(import('./commands/doctor'))],
  [['check'], () => one(import('./commands/check'))],
  [['amount'], () => one(import('./commands/amount'))],
  [['export'], () => one(import('./commands/export'))],
  [['tender'], () => one(import('./commands/tender'))],
  [['matrix'], () => one(import('./commands/matrix'))],
  [['price-score'], () => one(import('./commands/price-score'))],
  [['winprob'], () => one(import('./commands/winprob'))],
  [['competitors'], () => one(import('./commands/competitors'))],
  [['concession'], () => one(import('./commands/concession'))],
  [['negotiation'], () => one(import('./commands/negotiation'))],
  [['pipeline', 'winloss', 'deadline'], () => import('./commands/pipeline').then((m) => m.commands)],
  [
    ['sync', 'clone', 'history', 'restore', 'resolve'],
    () => import('./commands/sync').then((m) => m.commands),
  ],
]

export const COMMAND_NAMES: readonly string[] = ENTRIES.flatMap(([names]) => names)

/** The command called `name`, loading only its module. */
export async function findCommand(name: string): Promise<CliCommand | undefined> {
  const entry = ENTRIES.find(([names]) => names.includes(name))
  return entry ? (await entry[1]()).find((c) => c.name === name) : undefined
}

/** Every command (for --help). */
export async function allCommands(): Promise<CliCommand[]> {
  return (await Promise.all(ENTRIES.map(([, load]) => load()))).flat()
}
