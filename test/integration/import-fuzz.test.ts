/**
 * Untrusted files (issue 8): every importer of .xlsx/.docx fed random bytes, random zips, and valid
 * files damaged byte-wise and part-wise. Each call must succeed or throw a typed AppError, within a
 * time bound, and write nothing except where we asked it to. The process runs with its working folder,
 * HOME and TMPDIR inside a fresh sandbox, so any stray write lands where the test can see it.
 */
import fc from 'fast-check'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importRequirementsFile, importRequirementsXlsx } from '@services/bids/import-requirements'
import { fillBuyerForm, scanBuyerForm } from '@services/export/docx/buyer-form'
import { assertSafeOfficeZip } from '@services/import/guard'
import { importScoringXlsx } from '@services/matrices/import-xlsx'
import { AppError, ERROR_CODES, type ErrorCode } from '@shared/errors'
import {
  buildRandomZip,
  buildSeeds,
  editPart,
  mutate,
  mutationArb,
  partEditArb,
  randomZipArb,
  type Seeds,
} from './import-fuzz-corpus'

/** A hang shows up as a call far slower than any real file of this size needs (they take ~10–50 ms). */
const MAX_CALL_MS = 5_000
const RUNS = Number(process.env.BB_FUZZ_RUNS ?? 60)
/**
 * A fixed seed in CI, so a red run replays exactly and whether some input got deep into each parser does not
 * depend on luck; set BB_FUZZ_SEED to another number (or "random") to explore further.
 */
const SEED_ENV = process.env.BB_FUZZ_SEED ?? '20261127'
const SEED = SEED_ENV === 'random' ? Date.now() % 2 ** 31 : Number(SEED_ENV)

let sandbox: string
let inputs: string
let outDir: string
let seeds: Seeds
let prevCwd: string
const prevEnv = { HOME: process.env.HOME, TMPDIR: process.env.TMPDIR }
let fileNo = 0
const values: Record<string, string> = {
  项目名称: '某医院信息化项目',
  招标编号: 'ZB-2026-001',
  采购人: '某市人民医院',
  投标总价大写: '壹拾万元整',
  投标人名称: '某某科技有限公司',
  日期: '2026-03-01',
}

interface Importer {
  name: string
  run(buf: Buffer): Promise<unknown>
  /** Codes this importer may answer with; anything else is a bug even if typed. */
  codes: ErrorCode[]
}

const IMPORTERS: Importer[] = [
  { name: 'guard', run: async (b) => assertSafeOfficeZip(b), codes: ['IMPORT_REJECTED'] },
  { name: 'requirements', run: (b) => importRequirementsXlsx(b), codes: ['IMPORT_REJECTED'] },
  {
    name: 'requirements-file',
    run: async (b) => {
      const f = path.join(inputs, `in-${fileNo++}.xlsx`)
      await fs.writeFile(f, b)
      try {
        return await importRequirementsFile(f)
      } finally {
        await fs.rm(f, { force: true })
      }
    },
    codes: ['IMPORT_REJECTED'],
  },
  { name: 'scoring', run: (b) => importScoringXlsx(b), codes: ['IMPORT_REJECTED'] },
  { name: 'buyer-form-scan', run: (b) => scanBuyerForm(b, values), codes: ['IMPORT_REJECTED'] },
  {
    name: 'buyer-form-fill',
    run: (b) =>
      fillBuyerForm({ input: b, values, out: path.join(outDir, 'filled.docx'), allowUnknown: true }),
    codes: ['IMPORT_REJECTED'],
  },
]

export type Outcome = 'ok' | ErrorCode

/** Runs one importer on one input; returns its outcome, or throws a description of the bug. */
async function outcomeOf(imp: Importer, buf: Buffer): Promise<Outcome> {
  const t0 = performance.now()
  let out: Outcome
  try {
    await imp.run(buf)
    out = 'ok'
  } catch (e) {
    if (!(e instanceof AppError)) {
      throw new Error(`${imp.name}: untyped ${(e as Error)?.name}: ${(e as Error)?.message ?? String(e)}`)
    }
    if (!(e.code in ERROR_CODES) || !e.zh || !e.en)
      throw new Error(`${imp.name}: malformed AppError ${e.code}`)
    if (!imp.codes.includes(e.code)) throw new Error(`${imp.name}: unexpected code ${e.code}: ${e.en}`)
    out = e.code
  }
  const ms = performance.now() - t0
  if (ms > MAX_CALL_MS) throw new Error(`${imp.name}: took ${Math.round(ms)} ms (bound ${MAX_CALL_MS} ms)`)
  return out
}

const tally = new Map<string, number>()
async function everyImporter(buf: Buffer): Promise<void> {
  for (const imp of IMPORTERS) {
    const o = await outcomeOf(imp, buf)
    tally.set(`${imp.name}:${o}`, (tally.get(`${imp.name}:${o}`) ?? 0) + 1)
  }
}

async function listTree(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    out.push(path.relative(dir, path.join(e.parentPath, e.name)))
  }
  return out.sort()
}

beforeAll(async () => {
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: SEED })
  console.log(`import fuzz: fast-check seed ${SEED} (BB_FUZZ_SEED), ${RUNS} runs (BB_FUZZ_RUNS)`)
  sandbox = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-import-fuzz-'))
  inputs = path.join(sandbox, 'inputs')
  outDir = path.join(sandbox, 'out')
  for (const d of [
    inputs,
    outDir,
    path.join(sandbox, 'home'),
    path.join(sandbox, 'tmp'),
    path.join(sandbox, 'cwd'),
  ])
    await fs.mkdir(d)
  seeds = await buildSeeds()
  prevCwd = process.cwd()
  process.chdir(path.join(sandbox, 'cwd'))
  process.env.HOME = path.join(sandbox, 'home')
  process.env.TMPDIR = path.join(sandbox, 'tmp')
})

afterAll(async () => {
  fc.resetConfigureGlobal()
  process.chdir(prevCwd)
  process.env.HOME = prevEnv.HOME
  process.env.TMPDIR = prevEnv.TMPDIR
  await fs.rm(sandbox, { recursive: true, force: true })
})

const seedArb = fc.constantFrom<keyof Seeds>('requirementsXlsx', 'scoringXlsx', 'buyerDocx')

describe('importers under untrusted input', () => {
  it('accept the valid seeds (so the fuzz below starts from files they read)', async () => {
    const req = await importRequirementsXlsx(seeds.requirementsXlsx)
    expect(req.requirements.map((r) => r.text)).toEqual([
      '质保期不少于 3 年',
      '交货期 30 日内',
      '具有ISO9001 证书',
      '1号',
    ])
    const scoring = await importScoringXlsx(seeds.scoringXlsx)
    expect(scoring.total).toBe(100)
    const scan = await scanBuyerForm(seeds.buyerDocx, values)
    expect(scan.unknown).toEqual(['未知字段'])
    expect(scan.known.sort()).toEqual(Object.keys(values).sort())
  })

  it('random bytes: typed errors only', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 2048 }),
          // A zip signature in front gets the bytes past the first sniff.
          fc.uint8Array({ maxLength: 512 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
          // An END OF CENTRAL DIRECTORY record at the end makes the directory reader parse random fields.
          fc
            .tuple(fc.uint8Array({ maxLength: 256 }), fc.uint8Array({ minLength: 18, maxLength: 18 }))
            .map(([body, eocd]) => Uint8Array.from([...body, 0x50, 0x4b, 0x05, 0x06, ...eocd])),
        ),
        async (bytes) => everyImporter(Buffer.from(bytes)),
      ),
      { numRuns: RUNS },
    )
  })

  it('random zips (random names, near-XML parts, stored or deflated): typed errors only', async () => {
    await fc.assert(
      fc.asyncProperty(randomZipArb, async (entries) => everyImporter(await buildRandomZip(entries))),
      { numRuns: RUNS },
    )
  })

  it('valid files with flipped bits, truncations, spliced and zeroed bytes: typed errors only', async () => {
    await fc.assert(
      fc.asyncProperty(seedArb, fc.array(mutationArb, { minLength: 1, maxLength: 6 }), async (seed, ops) =>
        everyImporter(mutate(seeds[seed], ops)),
      ),
      { numRuns: RUNS * 2 },
    )
  })

  it('valid files with one part cut, replaced or extended by near-XML: typed errors only', async () => {
    await fc.assert(
      fc.asyncProperty(seedArb, fc.array(partEditArb, { minLength: 1, maxLength: 3 }), async (seed, edits) =>
        everyImporter(await editPart(seeds[seed], edits)),
      ),
      { numRuns: RUNS * 2 },
    )
  })

  it('replays every saved finding in test/fixtures/fuzz: typed errors only', async () => {
    const dir = path.join(prevCwd, 'test/fixtures/fuzz')
    const files = (await fs.readdir(dir)).filter((f) => /\.(docx|xlsx|bin)$/.test(f))
    expect(files.length).toBeGreaterThan(0)
    const failures: string[] = []
    for (const f of files) {
      const buf = await fs.readFile(path.join(dir, f))
      for (const imp of IMPORTERS)
        await outcomeOf(imp, buf).catch((e: Error) => failures.push(`${f}: ${e.message}`))
    }
    expect(failures).toEqual([])
  })

  it('wrote nothing outside its own output file, and the fuzz reached past the zip layer', async () => {
    expect(await listTree(sandbox)).toEqual(
      ['cwd', 'home', 'inputs', 'out', 'tmp']
        .concat((await fs.readdir(outDir)).length ? ['out/filled.docx'] : [])
        .sort(),
    )
    // Without successes deep in the parsers the fuzz would only be testing the zip sniff.
    const reached = (name: string) =>
      [...tally].some(([k, n]) => k.startsWith(`${name}:`) && !k.endsWith(':IMPORT_REJECTED') && n > 0)
    expect(IMPORTERS.filter((i) => i.name !== 'guard').map((i) => [i.name, reached(i.name)])).toEqual(
      IMPORTERS.filter((i) => i.name !== 'guard').map((i) => [i.name, true]),
    )
  })
})
