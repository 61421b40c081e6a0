import { describe, expect, it } from 'vitest'
import { AppError } from '@shared/errors'
import { ApiError } from '@renderer/api/client'
import { errorMessage } from '@renderer/api/error-text'

describe('errorMessage / ApiError.from', () => {
  it('an API or domain error keeps its own two texts', () => {
    const api = new ApiError({ code: 'NOT_FOUND', message: { zh: '找不到投标项目', en: 'bid not found' } })
    expect(errorMessage(api)).toEqual({ zh: '找不到投标项目', en: 'bid not found' })
    const app = new AppError('VALIDATION', { zh: '金额不能为负', en: 'amount must not be negative' })
    expect(errorMessage(app)).toEqual({ zh: app.zh, en: app.en })
    expect(app.zh).toContain('金额不能为负')
    // A worker's error arrives as a structured clone: a plain object with the same fields.
    expect(errorMessage({ zh: '甲', en: 'A', code: 'X' })).toEqual({ zh: '甲', en: 'A' })
  })

  it('anything else reads as a generic sentence in each language with its own message', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toEqual({
      zh: '操作未完成：Failed to fetch',
      en: 'The operation did not complete: Failed to fetch',
    })
    expect(errorMessage('boom').en).toBe('The operation did not complete: boom')
    expect(errorMessage(undefined).zh).toBe('操作未完成：undefined')
  })

  it('ApiError.from keeps an ApiError, keeps an AppError code, and wraps the rest as INTERNAL', () => {
    const api = new ApiError({ code: 'CONFLICT', message: { zh: '冲突', en: 'conflict' } })
    expect(ApiError.from(api)).toBe(api)
    const app = new AppError('NOT_FOUND', { zh: '无', en: 'none' })
    const fromApp = ApiError.from(app)
    expect([fromApp.code, fromApp.zh, fromApp.en]).toEqual(['NOT_FOUND', app.zh, app.en])
    const other = ApiError.from(new Error('disk gone'))
    expect([other.code, other.en]).toEqual(['INTERNAL', 'The operation did not complete: disk gone'])
  })
})
