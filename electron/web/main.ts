import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { AppContext } from '@services/app-context'
import { ensureSampleWorkspace } from '@services/sample-workspace'
import { openBrowser } from './open'
import { startWebServer } from './server'

const here = path.dirname(fileURLToPath(import.meta.url))

/** `npm run web [-- --port N --workspace DIR --no-open]`: prints exactly one line, the URL to open. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      workspace: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'static-dir': { type: 'string' },
    },
    strict: true,
  })
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: 0–65535 (got ${values.port})`)
  const ctx = new AppContext('http')
  const dir = values.workspace ?? (await ensureSampleWorkspace(ctx.home))
  await ctx.open(dir)
  const staticDir = values['static-dir'] ?? path.resolve(here, '../../renderer/dist')
  const server = await startWebServer({ ctx, staticDir, port })
  process.stdout.write(`BidBench running at ${server.url}\n`)
  if (!values['no-open']) openBrowser(server.launchUrl())
  const stop = async () => {
    await server.close()
    await ctx.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((e) => {
  process.stderr.write(`BidBench: ${e instanceof Error ? e.message : String(e)}\n`)
  process.exit(1)
})
