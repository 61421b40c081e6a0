/**
 * Import metrics (issue 18): how long a crafted 7 KB file that bypassed the old regex guard takes to be refused,
 * against importing a normal 7 KB workbook — both through the import worker, as every import runs — and how
 * responsive the HTTP server stays (p99 of app.info) while such hostile imports run.
 */
import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { AppContext } from '@services/app-context'
import { runImport } from '@services/import/run-import'
import { createWorkspace } from '@services/store'
import { startWebServer } from '@web/server'
import { HOSTILE, normalXlsx } from '@test/fixtures/hostile/build'
import { median, rawTimes, round, sideBySide, type Metric } from './harness'

/** The first bypass of the issue: a '>' inside an attribute hiding a 200,000-row merge. */
const BYPASS = 'merge-gt-in-attribute.xlsx'

async function files() {
  const hostile = await HOSTILE.find((h) => h.name === BYPASS)!.build()
  const normal = await normalXlsx()
  return { hostile, normal }
}

async function refused(buf: Buffer): Promise<void> {
  const outcome = await runImport('requirements-xlsx', buf, {}).then(
    () => 'imported',
    (e: { code?: string }) => e.code,
  )
  if (outcome !== 'IMPORT_REJECTED') throw new Error(`the crafted file was not refused (${outcome})`)
}

export async function hostileImport(reps: number): Promise<Metric> {
  const { hostile, normal } = await files()
  const r = await sideBySide(
    () => refused(hostile),
    () => runImport('requirements-xlsx', normal, {}),
    reps,
    1,
  )
  return {
    name: 'hostile_import',
    ratio: round(r.ratio),
    target: 20,
    raw: {
      ...rawTimes(r, 'refuseCrafted', 'importNormal'),
      craftedBytes: hostile.length,
      normalBytes: normal.length,
    },
    available: true,
  }
}

function p(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]
}

/** p99 latency (ms) of app.info over HTTP while hostile imports arrive one after another over the same server. */
export async function importAppInfoP99(root: string, imports: number): Promise<Metric> {
  const { hostile } = await files()
  const dir = path.join(root, 'import-latency')
  await fs.mkdir(path.join(dir, 'static'), { recursive: true })
  await fs.writeFile(path.join(dir, 'static', 'index.html'), '<!doctype html>')
  const ctx = new AppContext('http', path.join(dir, 'home'))
  const ws = await createWorkspace(path.join(dir, 'ws'), { name: 'bench' })
  await ws.create('bids', { id: 'b1', title: 'bench' })
  await ctx.adopt(ws)
  const server = await startWebServer({ ctx, staticDir: path.join(dir, 'static') })
  const call = async (method: string, body: unknown) => {
    const res = await fetch(`http://127.0.0.1:${server.port}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    return (await res.json()) as { ok: boolean; error?: { code: string } }
  }
  const latencies: number[] = []
  let importing = true
  try {
    const body = { bidId: 'b1', dataBase64: hostile.toString('base64') }
    const importsDone = (async () => {
      for (let i = 0; i < imports; i++) {
        const r = await call('bids.importRequirements', body)
        if (r.ok || r.error?.code !== 'IMPORT_REJECTED') throw new Error('the crafted file was not refused')
      }
    })().finally(() => (importing = false))
    while (importing) {
      const t0 = performance.now()
      await call('app.info', {})
      latencies.push(performance.now() - t0)
    }
    await importsDone
  } finally {
    await server.close()
    await ctx.close()
  }
  const p99 = p(latencies, 0.99)
  return {
    name: 'import_app_info_p99_ms',
    ratio: round(p99, 1),
    target: 100,
    raw: {
      what: 'p99 ms of app.info over HTTP during hostile imports (a latency, not a ratio)',
      samples: latencies.length,
      imports,
      medianMs: round(median(latencies), 2),
      maxMs: round(Math.max(...latencies), 1),
    },
    available: true,
  }
}
