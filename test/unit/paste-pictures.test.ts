import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  clipboardPicturePath,
  dataUrlPicture,
  pastedPictures,
  pictureName,
  withStoredPictures,
} from '@shared/domain/sections/paste-pictures'
import { wordPasteHtml } from '@shared/domain/sections/word-paste'

const word = readFileSync(path.join('test/fixtures/sections/clipboard/word2016.html'), 'utf8')
const CLIP = 'file:///C:/Users/zhang/AppData/Local/Temp/msohtmlclip1/01/'
const stored = { sha256: 'a'.repeat(64), name: 'clip_image001.png', mime: 'image/png', size: 1234 }

describe('pictures of a Word paste', () => {
  it("lists Word's picture with the VML original first, then the shown rendition", () => {
    expect(pastedPictures(word)).toEqual([
      {
        src: `${CLIP}clip_image002.png`,
        sources: [`${CLIP}clip_image001.png`, `${CLIP}clip_image002.png`],
        name: 'clip_image001.png',
        alt: null,
      },
    ])
  })
  it('a stored picture replaces its <img> and survives the Word rules; an unstored one is dropped and counted', () => {
    const html = withStoredPictures(word, new Map([[`${CLIP}clip_image002.png`, stored]]))
    const r = wordPasteHtml(html)
    expect(r.droppedImages).toBe(0)
    expect(r.html).toContain(
      `<img data-sha256="${'a'.repeat(64)}" data-name="clip_image001.png" data-mime="image/png" data-size="1234">`,
    )
    expect(r.html).not.toContain('file:///')
    expect(wordPasteHtml(withStoredPictures(word, new Map())).droppedImages).toBe(1)
  })
  it('data: URLs are read; http pictures have no source; an EMF original is skipped for its rendition', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo='
    const html =
      `<p><img src="${png}" alt="logo"><img src="https://example.com/a.png">` +
      `<v:shape id="s1"><v:imagedata src="file:///t/msohtmlclip1/01/clip_image001.emf"/></v:shape>` +
      `<img src="file:///t/msohtmlclip1/01/clip_image002.jpg" v:shapes="s1"></p>`
    expect(pastedPictures(html).map((p) => [p.name, p.sources.length, p.alt])).toEqual([
      ['image.png', 1, 'logo'],
      ['a.png', 0, null],
      ['clip_image002.jpg', 1, null],
    ])
    expect(dataUrlPicture(png)).toEqual({ mime: 'image/png', base64: 'iVBORw0KGgo=' })
    expect(dataUrlPicture('data:image/svg+xml;base64,AAAA')).toBeNull()
    expect(pictureName('file:///tmp/ksohtml1/%E5%9B%BE1.png')).toBe('图1.png')
  })
})

describe('clipboardPicturePath: only pictures in the Word/WPS clipboard folders', () => {
  it.each([
    [`${CLIP}clip_image001.png`, '/C:/Users/zhang/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png'],
    [
      'file:///Users/li/Library/Group%20Containers/x/msohtmlclip/01/clip_image001.jpeg',
      '/Users/li/Library/Group Containers/x/msohtmlclip/01/clip_image001.jpeg',
    ],
    ['file:///tmp/wps-li/ksohtml12/wps1.png', '/tmp/wps-li/ksohtml12/wps1.png'],
  ])('%s is read', (url, p) => expect(clipboardPicturePath(url)).toBe(p))
  it.each([
    'file:///home/li/secret.png',
    'file:///tmp/msohtmlclip1/01/notes.txt',
    'file:///tmp/msohtmlclip1/../../home/li/a.png',
    'file:///tmp/msohtmlclip1/%2E%2E/a.png',
    'https://example.com/msohtmlclip1/a.png',
  ])('%s is refused', (url) => expect(clipboardPicturePath(url)).toBeNull())
})
