/**
 * cli_startup: `bidbench amount words 1` (bin/bidbench running the ahead-of-time bundle) ÷ `node -e 0`, each a
 * fresh process, timed alternately. The bundle is brought up to date first, so a rebuild is not measured.
 */
import { execFile } from 'node:child_process'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { rawTimes, round, sideBySide, type Metric } from './harness'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..')

export const CLI_STARTUP_TARGET = 4

export async function cliStartup(reps: number): Promise<Metric> {
  // @ts-expect-error: a plain .mjs script without type declarations
  const { ensureCliBuilt } = await import('../scripts/build-cli.mjs')
  await ensureCliBuilt()
  const bin = path.join(root, 'bin/bidbench')
  const r = await sideBySide(
    async () => {
      const { stdout } = await run(process.execPath, [bin, 'amount', 'words', '1'])
      if (stdout.trim() !== '壹元整') throw new Error(`bidbench amount words 1 printed ${stdout}`)
    },
    async () => void (await run(process.execPath, ['-e', '0'])),
    reps,
    1,
  )
  return {
    name: 'cli_startup',
    ratio: round(r.ratio),
    target: CLI_STARTUP_TARGET,
    raw: rawTimes(r, 'cliAmountWords', 'nodeEmpty'),
    available: true,
  }
}
