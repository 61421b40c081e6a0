import { describe, expect, it } from 'vitest'
import type { FieldValues, ResolverOptions } from 'react-hook-form'
import type { z } from 'zod'
import { demoGoodsBid } from '@services/demo/bid-goods'
import { demoHospitalNegotiation } from '@services/demo/negotiation-hospital'
import { editIssues } from '@shared/domain/forms/edit-rules'
import { DOC_SCHEMAS, DOC_VERSIONS, type DocKind, type DocOf } from '@shared/schemas'
import { pathSegments, setIn } from '@renderer/hooks/path'
import { errorsByPath, zodFormResolver } from '@renderer/hooks/zod-resolver'

const STAMP = '2026-12-04T00:00:00.000Z'

function docOf<K extends DocKind>(kind: K, raw: object): DocOf<K> {
  return DOC_SCHEMAS[kind].parse({
    ...raw,
    schemaVersion: DOC_VERSIONS[kind],
    createdAt: STAMP,
    updatedAt: STAMP,
  }) as DocOf<K>
}

/** What useDocEditor's form reports for a document: the schema's messages, then the cross-field rules. */
async function messages<K extends DocKind>(kind: K, doc: unknown, lang: 'zh' | 'en' = 'zh') {
  const resolver = zodFormResolver<DocOf<K>>(
    DOC_SCHEMAS[kind] as unknown as z.ZodType<DocOf<K>, FieldValues>,
    lang,
    (v) => Object.fromEntries(editIssues(kind, v).map((i) => [i.path, lang === 'zh' ? i.zh : i.en])),
  )
  const options: ResolverOptions<DocOf<K>> = { fields: {}, shouldUseNativeValidation: false }
  const r = await resolver(doc as DocOf<K>, undefined, options)
  return errorsByPath(r.errors)
}

describe('the document form resolver (useDocEditor)', () => {
  const neg = docOf('negotiations', demoHospitalNegotiation())
  const bid = docOf('bids', demoGoodsBid(new Date('2026-12-04T00:00:00Z')))

  it('accepts the sample documents as they are', async () => {
    expect(await messages('negotiations', neg)).toEqual({})
    expect(await messages('bids', bid)).toEqual({})
  })

  it('puts a cross-field rule at its field: a walk-away above the realistic target', async () => {
    const bad = setIn(neg, pathSegments('goals.walkAway'), 3_300_000)
    const m = await messages('negotiations', bad)
    expect(Object.keys(m)).toEqual(['goals.walkAway'])
    expect(m['goals.walkAway']).toContain('底线 3,300,000 高于现实目标 3,250,000')
    expect((await messages('negotiations', bad, 'en'))['goals.walkAway']).toContain(
      'above the realistic target',
    )
  })

  it('names a schema problem at its nested path in the UI language, including inside arrays', async () => {
    const bad = setIn(bid, pathSegments('lots.0.budget'), -5)
    const m = await messages('bids', bad)
    expect(Object.keys(m)).toEqual(['lots.0.budget'])
    expect(m['lots.0.budget']).toBe('不能小于 0')
    expect((await messages('bids', bad, 'en'))['lots.0.budget']).toBe('must be at least 0')
  })

  it('reads a field named "type" as a field, not as an error record', async () => {
    const bad = setIn(bid, pathSegments('buyer.type'), '外星')
    expect(await messages('bids', bad)).toEqual({ 'buyer.type': '请从列表中选择' })
  })
})

describe('pathSegments + setIn (the page snapshot beside the form)', () => {
  it('copies only along the edited path and keeps arrays as arrays', () => {
    const bid = docOf('bids', demoGoodsBid(new Date('2026-12-04T00:00:00Z')))
    const next = setIn(bid, pathSegments('lots.0.name'), '新标包')
    expect(Array.isArray(next.lots)).toBe(true)
    expect(next.lots[0].name).toBe('新标包')
    expect(bid.lots[0].name).toBe('DR 及 PACS 系统')
    expect(next.requirements).toBe(bid.requirements)
    expect(next.lots).not.toBe(bid.lots)
  })
})
