/**
 * `bidbench` as installed: bin/bidbench runs the ahead-of-time bundle (out/cli, rebuilt when a source is newer)
 * from any working directory, with the shipped templates and the worker threads found next to the bundle.
 */
import { execFile } from 'node:child_process'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without type declarations
import { CLI_BUNDLE, cliBuildFresh } from '../../scripts/build-cli.mjs'

const run = promisify(execFile)
const bin = path.resolve(__dirname, '../../bin/bidbench')
let dir: string

async function bidbench(...args: string[]) {
  return run(process.execPath, [bin, ...args], { cwd: dir, timeout: 600_000 }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  )
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-cli-bundle-'))
})
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

describe('bin/bidbench', () => {
  it('runs from the bundle, which is then up to date with the sources', async () => {
    const r = await bidbench('amount', 'words', '325.04')
    expect(r.stdout.trim()).toBe('叁佰贰拾伍元零肆分')
    expect(cliBuildFresh()).toBe(true)
    await expect(fs.stat(CLI_BUNDLE)).resolves.toBeDefined()
  }, 600_000)

  it('writes the sample workspace, checks it and exports a bid from another working directory', async () => {
    const ws = path.join(dir, 'ws')
    const demo = await bidbench('demo', ws, '--json')
    expect(JSON.parse(demo.stdout).counts.bids).toBeGreaterThan(0)
    const check = await bidbench('check', ws, '--bid', 'bid-hospital-imaging', '--json')
    expect(check.code).toBe(1) // the sample's planted 否决风险
    expect(JSON.parse(check.stdout).length).toBeGreaterThan(0)
    const out = path.join(dir, '投标文件.docx')
    const exp = await bidbench('export', 'docx', ws, '--bid', 'bid-energy-itops', '--out', out, '--force')
    expect(exp.code).toBe(0)
    expect((await fs.readFile(out)).subarray(0, 2).toString()).toBe('PK')
  }, 900_000)

  it('exits 2 with the usage on bad input', async () => {
    const r = await bidbench('amount', 'words', 'abc')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/BAD_AMOUNT|用法/)
  }, 600_000)
})
