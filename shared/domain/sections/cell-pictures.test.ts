import { describe, expect, it } from 'vitest'
import { liftCellPictures } from './cell-pictures'

const pic = (h: string) => `<img data-sha256="${h}" data-name="${h}.png" src="blob:x">`

describe('liftCellPictures', () => {
  it('moves stored pictures out of table cells to just after the table, in order', () => {
    const html = `<p>前</p><table><tr><td>设备${pic('a')}</td><td>${pic('b')}照片</td></tr></table><p>后</p>`
    const r = liftCellPictures(html)
    expect(r.lifted).toBe(2)
    expect(r.unstored).toBe(0)
    expect(r.html).toBe(
      `<p>前</p><table><tr><td>设备</td><td>照片</td></tr></table>${pic('a')}${pic('b')}<p>后</p>`,
    )
  })
  it('lifts out of a nested table to after the outermost one, and handles two tables apart', () => {
    const html =
      `<table><tr><td><table><tr><td>${pic('n')}</td></tr></table></td></tr></table>` +
      `<p>${pic('free')}</p><table><tr><th>${pic('h')}</th></tr></table>`
    const r = liftCellPictures(html)
    expect(r.lifted).toBe(2)
    expect(r.html).toBe(
      `<table><tr><td><table><tr><td></td></tr></table></td></tr></table>${pic('n')}` +
        `<p>${pic('free')}</p><table><tr><th></th></tr></table>${pic('h')}`,
    )
  })
  it('counts pictures with no stored copy wherever they are, and leaves them for the editor to drop', () => {
    const html = `<p><img src="https://example.com/a.png"></p><table><tr><td><IMG SRC="x.png"></td></tr></table>`
    const r = liftCellPictures(html)
    expect(r).toEqual({ html, lifted: 0, unstored: 2 })
  })
  it('leaves an unclosed table and text without tables as they are', () => {
    const open = `<p>a</p><table><tr><td>${pic('a')}`
    expect(liftCellPictures(open)).toEqual({ html: open, lifted: 0, unstored: 0 })
    expect(liftCellPictures('<p>没有表格</p>').html).toBe('<p>没有表格</p>')
  })
})
