import { chromium } from '@playwright/test'
const url = process.argv[2]
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] })
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
page.on('pageerror', e => console.log('page error:', e.message))
await page.goto(url)
await page.waitForTimeout(1500)
await page.getByTestId('nav-negotiations').click()
await page.getByText('某能源集团运维服务合同谈判').first().click()
await page.getByTestId('load-phrases').click()
await page.waitForTimeout(300)
await page.getByRole('tab', { name: /风格测试/ }).click()
await page.getByTestId('style-person').locator('input').fill('张经理')
await page.keyboard.press('Escape')
const st = page.locator('[data-testid^="statement-"]')
for (let i = 0; i < 4; i++) {
  const t0 = Date.now()
  await st.nth(i).getByText('比较同意').click({ timeout: 10000 }).catch(e => console.log('fail', i, e.message.split('\n')[0]))
  console.log(i, Date.now() - t0, await page.locator('.ant-radio-wrapper-checked').count())
}
await browser.close()
