import { expect, test } from './fixtures'
import { GOODS_BID_ID } from './sections'

// Closed section cards are drawn only near the screen (content-visibility: auto); a jump to a field of a card far
// down the list must still find it, scroll to it and focus it.
test('a ?focus= link into a section card below the screen scrolls to it and focuses the field', async ({
  app,
  server,
}) => {
  const base = `${server.url.split('?')[0]}#/bids/${GOODS_BID_ID}`
  await app.goto(`${base}?focus=sections.10.title`)
  const title = app.locator('#f-sections\\.10\\.title')
  await expect(title).toBeFocused()
  await expect(title).toBeInViewport()
  await expect(title).toHaveValue('服务承诺书')
  const cards = app.getByTestId('section-card')
  await expect(cards).toHaveCount(11)
  await expect(cards.nth(10)).toHaveClass(/bb-section-closed/)
  // The text of a section further up: focusing its preview opens its editor, on screen.
  await app.goto(`${base}?focus=sections.8.content`)
  const editor = cards.nth(8).getByTestId('section-editor')
  await expect(editor).toBeVisible()
  await expect(editor).toBeInViewport()
  await expect(cards.nth(8)).not.toHaveClass(/bb-section-closed/)
})
