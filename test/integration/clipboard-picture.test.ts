import { createHash } from 'node:crypto'
import * as fs from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dispatch } from '@services/api/dispatch'
import { AppContext } from '@services/app-context'
import { createWorkspace } from '@services/store'
import { certificatePng } from './export-fixtures'

let home: string
let ctx: AppContext
let clip: string

const store = (file: string) => dispatch(ctx, 'bids.storeClipboardPicture', { url: pathToFileURL(file).href })

// Paste from Word: the pasted HTML names its pictures in Word's clipboard folder; the API stores them by hash.
describe('bids.storeClipboardPicture', () => {
  beforeEach(async () => {
    home = await fs.mkdtemp(path.join(os.tmpdir(), 'bb-clip-'))
    ctx = new AppContext('cli', home)
    await ctx.adopt(await createWorkspace(path.join(home, 'ws'), { name: '示例' }))
    clip = path.join(home, 'Temp', 'msohtmlclip1', '01')
    await fs.mkdir(clip, { recursive: true })
  })
  afterEach(async () => {
    await ctx.close()
    await fs.rm(home, { recursive: true, force: true })
  })

  it('stores a picture of the clipboard folder once by its hash, with its file name and sniffed type', async () => {
    const png = certificatePng('粘贴的图', '#1f6feb')
    await fs.writeFile(path.join(clip, 'clip_image001.png'), png)
    const r = await store(path.join(clip, 'clip_image001.png'))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const sha256 = createHash('sha256').update(png).digest('hex')
    expect(r.value).toMatchObject({ sha256, name: 'clip_image001.png', mime: 'image/png', size: png.length })
    const back = await dispatch(ctx, 'files.get', { sha256 })
    const data = back.ok ? (back.value as { dataBase64: string }).dataBase64 : ''
    expect(Buffer.from(data, 'base64').equals(png)).toBe(true)
  })

  it('refuses files outside the clipboard folders, non-pictures, links and files that are gone', async () => {
    const png = certificatePng('x', '#000000')
    await fs.writeFile(path.join(home, 'elsewhere.png'), png)
    await fs.writeFile(path.join(clip, 'fake.png'), 'not a picture')
    await fs.symlink(path.join(home, 'elsewhere.png'), path.join(clip, 'link.png'))
    const code = async (file: string) => {
      const r = await store(file)
      return r.ok ? 'ok' : r.error.code
    }
    expect(await code(path.join(home, 'elsewhere.png'))).toBe('IMPORT_REJECTED')
    expect(await code(path.join(clip, 'fake.png'))).toBe('IMPORT_REJECTED')
    expect(await code(path.join(clip, 'link.png'))).toBe('UNSAFE_FILE')
    expect(await code(path.join(clip, 'gone.png'))).toBe('IO')
    const http = await dispatch(ctx, 'bids.storeClipboardPicture', {
      url: 'https://example.com/msohtmlclip1/a.png',
    })
    expect(http.ok ? 'ok' : http.error.code).toBe('IMPORT_REJECTED')
  })
})
