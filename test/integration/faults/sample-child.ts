/** A first start for sample-start.test.ts: writes the sample workspace under <home>, then prints `SAMPLE <dir>`. */
import { ensureSampleWorkspace } from '@services/sample-workspace'

ensureSampleWorkspace(process.argv[2]).then(
  (dir) => process.stdout.write(`SAMPLE ${dir}\n`),
  (e: unknown) => {
    process.stdout.write(`ERR ${String(e)}\n`)
    process.exit(3)
  },
)
