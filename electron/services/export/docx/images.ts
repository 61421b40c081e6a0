/** Recognises the raster formats Word embeds, from their bytes (never from a file name or a stated mime type). */
export interface ImageInfo {
  type: 'png' | 'jpg' | 'gif' | 'bmp'
  width: number
  height: number
}

export function sniffImage(buf: Uint8Array): ImageInfo | null {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a) {
    return dims('png', b.readUInt32BE(16), b.readUInt32BE(20))
  }
  if (b.length >= 10 && b.toString('latin1', 0, 4) === 'GIF8')
    return dims('gif', b.readUInt16LE(6), b.readUInt16LE(8))
  if (b.length >= 26 && b.toString('latin1', 0, 2) === 'BM') {
    return dims('bmp', Math.abs(b.readInt32LE(18)), Math.abs(b.readInt32LE(22)))
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegDims(b)
  return null
}

function dims(type: ImageInfo['type'], width: number, height: number): ImageInfo | null {
  return width > 0 && height > 0 && width < 100_000 && height < 100_000 ? { type, width, height } : null
}

/** Walks the JPEG segments to the first start-of-frame marker, which holds the size. */
function jpegDims(b: Buffer): ImageInfo | null {
  let i = 2
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null
    const marker = b[i + 1]
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2
      continue
    }
    const len = b.readUInt16BE(i + 2)
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isSof) return dims('jpg', b.readUInt16BE(i + 7), b.readUInt16BE(i + 5))
    i += 2 + len
  }
  return null
}

/** Scales to fit a box (in pixels at 96 dpi), never enlarging. */
export function fitInto(
  width: number,
  height: number,
  maxW: number,
  maxH: number,
): { width: number; height: number } {
  const k = Math.min(1, maxW / width, maxH / height)
  return { width: Math.max(1, Math.round(width * k)), height: Math.max(1, Math.round(height * k)) }
}
