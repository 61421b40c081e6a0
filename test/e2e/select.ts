import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

/** The antd Select whose search input has this id (a form field's `#f-…` id; dots escaped). */
export const selectById = (app: Page, id: string): Locator =>
  app.locator('.ant-select', { has: app.locator(`[id="${id}"]`) })

/**
 * Picks an option of an antd Select (`select` is its `.ant-select` root) and waits until the select shows it.
 * The popup opens with a motion and flips above the field near the window's bottom: a click whose mousedown and
 * mouseup land on different spots selects nothing (seen on a cold first run), so the pick is retried until the
 * select shows the choice. A closing popup of another select is still visible for its leave motion: excluded.
 * A string option is the option's exact title; a RegExp matches its text.
 */
export async function choose(
  app: Page,
  select: Locator,
  option: string | RegExp,
  shown: string | RegExp = option,
) {
  const popup = app.locator('.ant-select-dropdown:visible:not([class*="-leave"])')
  const item =
    typeof option === 'string'
      ? popup.getByTitle(option, { exact: true })
      : popup.locator('.ant-select-item-option').filter({ hasText: option })
  await expect(async () => {
    const open = await select.evaluate((e) => e.classList.contains('ant-select-open'))
    if (!open) await select.click()
    await item.click({ timeout: 5_000 })
    await expect(select).toContainText(shown, { timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
}
