import { describe, expect, it } from 'vitest'
import { remoteDocAction } from './remote-edit'

describe('remote edits of the open section', () => {
  it('notes its own push, refreshes on another change, keeps unsaved typing', () => {
    const base = { seen: 'A', pushed: null, unsaved: false }
    expect(remoteDocAction('A', base)).toBe('none')
    expect(remoteDocAction('B', { ...base, pushed: 'B' })).toBe('echo')
    expect(remoteDocAction('C', { ...base, pushed: 'B' })).toBe('refresh')
    expect(remoteDocAction('C', { ...base, pushed: 'B', unsaved: true })).toBe('keep-typing')
    expect(remoteDocAction('B', { ...base, pushed: 'B', unsaved: true })).toBe('echo')
  })
})
