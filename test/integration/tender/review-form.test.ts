/**
 * The tender wizard's review form on a real preview (a .docx built here, read by the import worker): the shared
 * schema refuses an emptied name, a count out of range, an emptied requirement or form title at their own paths
 * in the UI language; a rejected item is neither checked nor sent; what the form accepts is what importApply takes.
 */
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import type { ResolverOptions } from 'react-hook-form'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { createWorkspace } from '@services/store'
import type { TenderPreview } from '@shared/contract/tender'
import { TenderProposalSchema } from '@shared/domain/tender/proposal'
import type { Lang } from '@shared/i18n'
import type { Bid } from '@shared/schemas'
import {
  acceptedProposal,
  initReview,
  reviewSchema,
  type ReviewValues,
} from '@renderer/features/tender/review-model'
import { errorsByPath, zodFormResolver } from '@renderer/hooks/zod-resolver'
import { buildDocx } from '@test/fixtures/tender/build-docx'
import { GOODS_TENDER } from '@test/fixtures/tender/goods'

let home: string
let ctx: AppContext
let pv: TenderPreview

async function call<T>(method: string, input: unknown): Promise<T> {
  const r = await dispatch(ctx, method, input)
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message.en}`)
  return r.value as T
}

/** The form's messages by path, as the wizard shows them (the resolver react-hook-form runs). */
async function messages(v: ReviewValues, lang: Lang = 'zh', isNew = true) {
  const opts = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<ReviewValues>
  const r = await zodFormResolver(reviewSchema(isNew), lang)(v, undefined, opts)
  return errorsByPath(r.errors)
}

beforeAll(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-tender-review-'))
  ctx = new AppContext('cli', home)
  await ctx.adopt(await createWorkspace(path.join(home, 'ws'), { name: '测试' }))
  const dataBase64 = (await buildDocx(GOODS_TENDER)).toString('base64')
  pv = await call<TenderPreview>('tender.importPreview', { files: [{ name: '招标文件.docx', dataBase64 }] })
})
afterAll(async () => {
  await ctx.close()
  await fs.rm(home, { recursive: true, force: true })
})

describe('the tender review form', () => {
  it('accepts the preview as read, and what it accepts parses as importApply’s input', async () => {
    const v = initReview(pv, true)
    expect(await messages(v)).toEqual({})
    expect(TenderProposalSchema.safeParse(acceptedProposal(pv, v)).success).toBe(true)
  })

  it('says an emptied name, counts out of range and emptied texts at their fields, in zh and en', async () => {
    const v = initReview(pv, true)
    v.facts.title!.value = '  '
    v.facts.copiesRequired!.value = -2
    v.facts.validityDaysRequired!.value = 1.5
    v.facts.originalRequired!.value = 1001
    v.facts.budget!.value = Number.NaN
    v.requirements[0].value.text = ''
    v.forms[1].value.title = ' '
    expect(await messages(v)).toEqual({
      'facts.title.value': '请填写名称',
      'facts.budget.value': '请填写数字',
      'facts.validityDaysRequired.value': '须为整数',
      'facts.originalRequired.value': '不能大于 1000',
      'facts.copiesRequired.value': '不能小于 0',
      'requirements.0.value.text': '必填',
      'forms.1.value.title': '必填',
    })
    expect(await messages(v, 'en')).toMatchObject({
      'facts.title.value': 'enter a name',
      'facts.copiesRequired.value': 'must be at least 0',
    })
  })

  it('does not check or send what was rejected, and a new bid cannot go without its name', async () => {
    const v = initReview(pv, true)
    v.facts.copiesRequired = { accepted: false, value: -2 }
    v.requirements[0] = { accepted: false, value: { ...v.requirements[0].value, text: '' } }
    expect(await messages(v)).toEqual({})
    const proposal = acceptedProposal(pv, v)
    expect(proposal.facts.copiesRequired).toBeUndefined()
    expect(proposal.requirements).toHaveLength(pv.proposal.requirements.length - 1)

    v.facts.title!.accepted = false
    expect(await messages(v)).toEqual({ 'facts.title.value': '新建投标需要项目名称' })
    // Updating a bid may leave its name as it is.
    expect(await messages(v, 'zh', false)).toEqual({})

    v.facts.title!.accepted = true
    const r = await call<{ bidId: string; created: boolean }>('tender.importApply', { proposal })
    const bid = await call<Bid>('bids.get', { id: r.bidId })
    expect(bid.copies.copiesRequired).toBe(0)
    expect(bid.requirements).toHaveLength(pv.proposal.requirements.length - 1)
  })

  it('gives a new bid its name row even when the tender did not say the name', async () => {
    const untitled = {
      ...pv,
      proposal: { ...pv.proposal, facts: { ...pv.proposal.facts, title: undefined } },
    }
    const v = initReview(untitled, true)
    expect(v.facts.title).toEqual({ accepted: true, value: '' })
    expect(await messages(v)).toEqual({ 'facts.title.value': '请填写名称' })
    expect(initReview(untitled, false).facts.title).toBeUndefined()
  })
})
