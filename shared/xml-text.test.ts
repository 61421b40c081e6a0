import { describe, expect, it } from 'vitest'
import { hasNonXmlChar, isXmlChar, xmlDocumentText, xmlSafe, xmlText } from './xml-text'

describe('XML 1.0 Char sanitizer', () => {
  it('drops NUL, C0 controls, U+FFFE, U+FFFF and lone surrogates, keeps tab/LF/CR and astral characters', () => {
    expect(xmlText('a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf\uD800g\uDC00h')).toBe('abcdefgh')
    expect(xmlText('x\ty\nz\r')).toBe('x\ty\nz\r')
    expect(xmlText('𠀀😀\uE000\uFFFD')).toBe('𠀀😀\uE000\uFFFD')
    expect(hasNonXmlChar('ok')).toBe(false)
    expect(hasNonXmlChar('\uFFFE')).toBe(true)
  })

  it('agrees with the Char production on every BMP code point', () => {
    for (let cp = 0; cp <= 0xffff; cp++) {
      const s = String.fromCharCode(cp)
      expect(xmlText(s) === s).toBe(isXmlChar(cp))
    }
  })

  it('returns clean strings and untouched objects as they are', () => {
    const s = '华信智联'
    expect(xmlText(s)).toBe(s)
    const o = { a: [{ b: 'x' }], n: 1, d: null }
    expect(xmlSafe(o)).toBe(o)
  })

  it('copies only the branches that change', () => {
    const clean = { t: 'ok' }
    const o = { a: clean, b: ['x\u0000y', 2], c: new Date(0) }
    const r = xmlSafe(o)
    expect(r).not.toBe(o)
    expect(r.a).toBe(clean)
    expect(r.b).toEqual(['xy', 2])
    expect(r.c).toBe(o.c)
    expect(o.b[0]).toBe('x\u0000y')
  })

  it('removes references to forbidden code points from serialized XML', () => {
    expect(xmlDocumentText('<a b="&#1;">&#x0;&#65;&#xFFFF;&#xD800;&amp;&#x1F600;</a>')).toBe(
      '<a b="">&#65;&amp;&#x1F600;</a>',
    )
  })
})
