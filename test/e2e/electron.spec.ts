import { _electron as electron, expect, test } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'

function electronBinary(): string | null {
  try {
    const rel = readFileSync(path.resolve('node_modules/electron/path.txt'), 'utf8').trim()
    const bin = path.resolve('node_modules/electron/dist', rel)
    return existsSync(bin) ? bin : null
  } catch {
    return null
  }
}

const bin = electronBinary()
const reason = !bin
  ? 'the Electron binary is not installed on this machine (its download is blocked offline); the browser-mode e2e tests cover the UI'
  : !process.env.DISPLAY && process.platform === 'linux'
    ? 'no X display (run under xvfb-run to include this test)'
    : ''
if (reason) console.log(`electron smoke test skipped: ${reason}`)

// Skipped only where Electron cannot run at all; the reason is printed above.
test.skip(Boolean(reason), reason) // reason: Electron binary or display missing (printed above)

test('the desktop window opens on the sample workspace and an edit persists', async () => {
  const build = spawnSync(
    process.execPath,
    ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'error'],
    { stdio: 'inherit' },
  )
  expect(build.status).toBe(0)
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-electron-'))
  const launch = () =>
    electron.launch({ executablePath: bin!, args: ['.'], env: { ...process.env, BIDBENCH_HOME: home } })
  let app = await launch()
  let win = await app.firstWindow()
  await expect(win.getByTestId('ws-switch')).toContainText('示例工作区')
  await win.getByText('某能源集团 2027 年度数据中心 IT 运维服务采购项目').click()
  await win.locator('#f-agency').fill('某能源集团招标中心（已改）')
  await expect(win.getByTestId('save-state')).toHaveText('已保存', { timeout: 10_000 })
  await app.close()
  app = await launch()
  win = await app.firstWindow()
  await win.getByText('某能源集团 2027 年度数据中心 IT 运维服务采购项目').click()
  await expect(win.locator('#f-agency')).toHaveValue('某能源集团招标中心（已改）')
  await app.close()
  await fs.rm(home, { recursive: true, force: true })
})
