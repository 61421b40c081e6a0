import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * With English on, the wording of every page is English: buttons, tabs, column headers, field labels, card
 * titles, placeholders, empty states and select values. What stays Chinese is the user's data (the sample
 * workspace is Chinese), which these elements show only where they name a document, a company or a section.
 */
const CHROME = [
  'button',
  '.ant-tabs-tab',
  'th',
  '.ant-form-item-label label',
  '.ant-card-head-title',
  '.ant-menu-item',
  '.ant-empty-description',
  '.ant-statistic-title',
  '.ant-segmented-item-label',
  '.ant-radio-wrapper',
  '.ant-checkbox-wrapper',
  '[placeholder]',
].join(',')

/** Chinese the sample data puts into such elements: document titles, company names, section titles. */
async function dataTexts(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const token = sessionStorage.getItem('bidbench.token')
    const post = async (method: string, input: object = {}) => {
      const r = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      })
      return ((await r.json()) as { value: unknown }).value
    }
    const out: string[] = []
    for (const kind of ['bids', 'materials', 'matrices', 'competitors', 'negotiations', 'customers'])
      for (const e of (await post(`${kind}.list`)) as { title: string }[]) out.push(e.title)
    for (const c of (await post('competitors.all')) as { aliases: string[] }[]) out.push(...c.aliases)
    out.push(((await post('workspace.current')) as { name: string }).name)
    for (const e of (await post('bids.list')) as { id: string }[])
      for (const sec of ((await post('bids.get', { id: e.id })) as { sections: { title: string }[] })
        .sections)
        out.push(sec.title)
    return out
  })
}

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/

/**
 * Waits until the page shows its wording: requests answered, no spinner or skeleton left, and some chrome
 * visible (an empty page would pass the "no Chinese" check vacuously).
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle')
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0)
  await expect(page.locator(`:is(${CHROME}):visible`).first()).toBeVisible()
}

async function chineseWording(page: Page, data: readonly string[]): Promise<string[]> {
  await settled(page)
  const texts = await page.locator(CHROME).evaluateAll((els) =>
    els
      // The language switch names the other language, in that language.
      .filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest('[data-testid="lang-switch"]'))
      .map((e) => (e.getAttribute('placeholder') ?? (e as HTMLElement).innerText ?? '').trim()),
  )
  return texts.filter((t) => CJK.test(t) && !data.some((d) => t.includes(d)))
}

async function everyTab(page: Page, data: readonly string[], where: string, found: string[]) {
  found.push(...(await chineseWording(page, data)).map((t) => `${where}: ${t}`))
  const tabs = page.locator('.ant-tabs-tab:visible')
  const n = await tabs.count()
  for (let i = 0; i < n; i++) {
    const tab = tabs.nth(i)
    const name = await tab.innerText()
    await tab.click()
    found.push(...(await chineseWording(page, data)).map((t) => `${where} › ${name}: ${t}`))
  }
}

/** A settings drawer opened from the page, checked, and closed again. */
async function drawer(page: Page, data: readonly string[], opener: string, where: string, found: string[]) {
  await page.getByTestId(opener).click()
  await expect(page.locator('.ant-drawer-open .ant-drawer-body button').first()).toBeVisible()
  found.push(...(await chineseWording(page, data)).map((t) => `${where}: ${t}`))
  await page.locator('.ant-drawer-open .ant-drawer-close').click()
  await expect(page.locator('.ant-drawer-open')).toHaveCount(0)
}

test('shows every page in English once switched, apart from the user data', async ({ app }) => {
  test.setTimeout(180_000)
  await app.getByTestId('lang-switch').click()
  await expect(app.getByTestId('nav-bids')).toHaveText('Bid packages')
  const data = await dataTexts(app)
  const found: string[] = []
  const navs = [
    ...['bids', 'pipeline', 'customers', 'winloss', 'materials', 'matrices', 'competitors', 'negotiations'],
    ...['company', 'trash'],
  ]
  for (const nav of navs) {
    await app.getByTestId(`nav-${nav}`).click()
    await app.waitForLoadState('networkidle')
    found.push(...(await chineseWording(app, data)).map((t) => `${nav}: ${t}`))
    if (nav === 'pipeline') await drawer(app, data, 'pipeline-settings-open', `${nav} settings`, found)
    if (['company', 'trash', 'materials', 'pipeline', 'winloss'].includes(nav)) continue
    // The first document of the list, with each of its tabs.
    const first = app
      .locator('.ant-table-row a, .ant-table-row .ant-typography-link, .ant-list-item a')
      .first()
    if ((await first.count()) === 0) continue
    await first.click()
    await app.waitForLoadState('networkidle')
    await app.screenshot({ path: `test-results/english/${nav}.png` })
    await everyTab(app, data, `${nav} detail`, found)
    if (nav === 'customers') await drawer(app, data, 'customer-settings-open', `${nav} settings`, found)
  }
  expect(found).toEqual([])
})
