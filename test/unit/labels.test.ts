import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defineLabels, enumLabel, fmt, labelsFor, type LabelPairs } from '@renderer/app/label-pairs'

const RENDERER = path.resolve(__dirname, '../../renderer/src')
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/

function labelFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return labelFiles(p)
    return /^(?:enum-)?labels\.ts$/.test(e.name) ? [p] : []
  })
}

const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('label pairs', () => {
  const L = defineLabels({ rows: ['共 {n} 行', '{n} rows'], save: ['保存', 'Save'] })

  it('resolves a language and fills slots', () => {
    expect(labelsFor(L, 'zh').save).toBe('保存')
    expect(fmt(labelsFor(L, 'en').rows, { n: 3 })).toBe('3 rows')
    expect(fmt('{n} of {m}', { n: 1 })).toBe('1 of {m}') // a missing slot stays visible
    expect(enumLabel({ 技术: ['技术', 'Technical'] }, '技术', 'en')).toBe('Technical')
    expect(enumLabel({}, '未知值', 'en')).toBe('未知值')
  })
})

describe('every labels.ts (and app/enum-labels.ts)', () => {
  const files = labelFiles(RENDERER)

  it('covers the shared enums and every feature folder', () => {
    const rel = files.map((f) => path.relative(RENDERER, f))
    expect(rel).toContain(path.join('app', 'enum-labels.ts'))
    for (const feature of fs.readdirSync(path.join(RENDERER, 'features')))
      expect(
        rel.some((r) => r.startsWith(path.join('features', feature))),
        feature,
      ).toBe(true)
  })

  it.each(files.map((f) => [path.relative(RENDERER, f), f]))(
    '%s: both languages present, English without Chinese, the same {slots}',
    async (_name, file) => {
      const mod = (await import(file)) as Record<string, unknown>
      const tables = Object.values(mod).filter((v): v is LabelPairs => typeof v === 'object' && v !== null)
      expect(tables.length).toBeGreaterThan(0)
      for (const table of tables)
        for (const [key, pair] of Object.entries(table)) {
          const [zh, en] = pair
          expect(zh.trim(), key).not.toBe('')
          expect(en.trim(), key).not.toBe('')
          expect(CJK.test(en), `${key}: "${en}"`).toBe(false)
          expect(slots(en), key).toEqual(slots(zh))
        }
    },
  )
})
