import { chromium } from '@playwright/test'
const url = process.argv[2]
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] })
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
page.on('console', m => { if (m.type() === 'error') console.log('console error:', m.text()) })
page.on('pageerror', e => console.log('page error:', e.message))
page.on('response', async r => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url(), (await r.text().catch(()=>'')).slice(0,300)) })
await page.goto(url)
await page.waitForTimeout(1500)
await page.getByText('谈判方案').first().click()
await page.getByText('某能源集团运维服务合同谈判').first().click()
await page.waitForTimeout(1500)
await page.screenshot({ path: '/tmp/negshots/plan.png', fullPage: true })
for (const [name, label] of [['concession','让步计划'],['simulator','模拟器'],['rehearsal','演练'],['style','风格测试']]) {
  await page.getByRole('tab', { name: new RegExp(label) }).click()
  await page.waitForTimeout(1200)
  if (name === 'simulator') { await page.getByTestId('run-compare').click(); await page.waitForTimeout(3000) }
  await page.screenshot({ path: `/tmp/negshots/${name}.png`, fullPage: true })
}
await browser.close()
