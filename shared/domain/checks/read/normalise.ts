/**
 * Form text as people type it mixes full- and half-width punctuation, ideographic spaces and line breaks
 * inside a sentence. The readers work on one form of it. Every step here maps one UTF-16 unit to one, so an
 * index into the normalised text is an index into the original.
 */

const FULL_TO_HALF: Record<string, string> = {
  '：': ':',
  '（': '(',
  '）': ')',
  '，': ',',
  '；': ';',
  '［': '[',
  '］': ']',
  '％': '%',
  '＄': '$',
  '＊': '*',
  '－': '-',
  '／': '/',
  '．': '.',
  '＋': '+',
  '＜': '<',
  '＞': '>',
  '＝': '=',
  '｜': '|',
  '　': ' ',
  '\u00a0': ' ',
  '\t': ' ',
  '￥': '¥',
}

/** Full-width letters, digits and the separators above → ASCII; one unit for one, so indexes survive. */
export function halfWidth(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    const code = c.charCodeAt(0)
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0)
    else if ((code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a))
      out += String.fromCharCode(code - 0xfee0)
    else out += FULL_TO_HALF[c] ?? c
  }
  return out.includes(' ') ? closeSpacedLabels(out) : out
}

// "投 标 人:", "法 定 代 表 人 (签字):": a label typed with a space between its characters to fill the
// width of a form line. Its characters are closed up and the spaces moved before it, so the length holds.
const SPACED_LABEL_RE = /(?<![\u4e00-\u9fff])(?:[\u4e00-\u9fff] ){1,7}[\u4e00-\u9fff](?=\s*[:(])/gu

function closeSpacedLabels(text: string): string {
  return text.replace(SPACED_LABEL_RE, (m) => {
    const chars = m.replace(/ /gu, '')
    return ' '.repeat(m.length - chars.length) + chars
  })
}

/** Whitespace removed: for comparing names and codes. */
export function squeeze(s: string): string {
  return s.replace(/\s+/gu, '')
}
