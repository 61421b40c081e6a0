import { describe, expect, it } from 'vitest'
import { brokenText, fitTitle, titleLayout } from './title-lines'

const MARGINS = { left: 3.17, right: 3.17 }
const lines = (t: string, size = 22) => {
  const r = fitTitle(t, size, MARGINS, 3)
  return { sizePt: r.sizePt, lines: brokenText(t, r.breaks).split('\n') }
}

describe('a long title in balanced lines broken where it reads well', () => {
  it('leaves a title that fits on one line alone, at its own size', () => {
    expect(lines('智慧园区综合管理平台建设项目')).toEqual({
      sizePt: 22,
      lines: ['智慧园区综合管理平台建设项目'],
    })
  })

  it('breaks before a bracket and after 系统/采购, never inside a Latin word or a number', () => {
    const t = '江南市第一人民医院医学影像存储与传输系统（PACS）及放射科信息系统（RIS）升级改造采购项目'
    expect(lines(t)).toEqual({
      sizePt: 18,
      lines: [
        '江南市第一人民医院医学影像存储与传输系统',
        '（PACS）及放射科信息系统',
        '（RIS）升级改造采购项目',
      ],
    })
    const iso = '江南市大数据发展中心2027年度政务云平台扩容及ISO27001信息安全管理体系咨询服务采购项目'
    const r = lines(iso)
    expect(r.lines.join('')).toBe(iso)
    for (const word of ['2027', 'ISO27001']) expect(r.lines.some((l) => l.includes(word))).toBe(true)
  })

  it('steps the size down for a very long name and still breaks only between words', () => {
    const t =
      '江南省人民政府办公厅关于全省一体化政务服务平台（二期）数据共享交换平台、电子证照库、统一身份认证系统及5G移动政务应用建设与三年运维服务采购项目（第2包：电子证照库及统一身份认证系统）'
    const r = lines(t)
    expect(r.sizePt).toBe(16)
    expect(r.lines.length).toBeGreaterThan(3)
    expect(r.lines.join('')).toBe(t)
    for (const l of r.lines) {
      expect(l).not.toMatch(/^[）)、，：]/) // no closing punctuation starts a line
      expect(l).not.toMatch(/[（(]$/) // no opening bracket ends one
    }
    expect(r.lines.some((l) => l.includes('5G'))).toBe(true)
  })

  it('balances two lines instead of a full line and a stub, and drops the space at a break', () => {
    const r = titleLayout('ABC Smart Campus Platform 综合管理平台建设项目', 300, [20])
    const parts = brokenText('ABC Smart Campus Platform 综合管理平台建设项目', r.breaks).split('\n')
    // 14 ems on a line: all the Latin words on the first and the Chinese name alone would be 14 + 10; balanced is
    // two lines of about 12 ems, broken at a space.
    expect(parts).toEqual(['ABC Smart Campus Platform', '综合管理平台建设项目'])
    expect(parts.join(' ')).toBe('ABC Smart Campus Platform 综合管理平台建设项目')
  })
})
