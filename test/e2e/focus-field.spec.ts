import { expect, test } from './fixtures'

// The one jump to a field (renderer/src/components/focus-field.ts): a ?focus= link or a finding scrolls to the field,
// focuses it and flashes its form item with the styled bb-flash outline, which then goes away.

test('a ?focus= link into a matrix item opens its row, focuses the field and flashes it', async ({
  app,
  server,
}) => {
  await app.goto(`${server.url.split('?')[0]}#/matrices/mx-hospital?focus=items.1.criteria`)
  const field = app.locator('#f-items\\.1\\.criteria')
  await expect(field).toBeFocused()
  const box = app.locator('.ant-form-item', { has: field })
  await expect(box).toHaveClass(/bb-flash/)
  // Styled: the page's stylesheet draws the flash (the class had no style before).
  const rule = await app.evaluate(() =>
    Array.from(document.styleSheets)
      .flatMap((s) => Array.from(s.cssRules))
      .map((r) => r.cssText)
      .find((t) => t.startsWith('.bb-flash')),
  )
  expect(rule).toMatch(/outline: .*solid 2px/)
  await expect(box).not.toHaveClass(/bb-flash/, { timeout: 5_000 })
})

test('a detail page jumps once: editing another field afterwards keeps the focus there', async ({
  app,
  server,
}) => {
  await app.goto(`${server.url.split('?')[0]}#/competitors/c-huaxin?focus=aliases`)
  const aliases = app.locator('#f-aliases')
  await expect(aliases).toBeFocused()
  await expect(app.locator('.bb-flash')).toHaveCount(1)
  const title = app.locator('#f-title')
  await title.click()
  await title.press('End')
  await title.pressSequentially('集团')
  // The autosave re-renders the page with the saved document: the jump must not run again on it.
  await expect(app.getByTestId('save-state')).toHaveText('已保存', { timeout: 15_000 })
  await expect(title).toBeFocused()
  await expect(title).toHaveValue(/集团$/)
})
