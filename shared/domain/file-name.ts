/**
 * A title as a file name, the one rule for every file the app names (exports, reports, workbooks): characters
 * Windows forbids, control characters and whitespace become '_', leading dots and underscores go (a leading dot
 * hides the file), at most `max` characters (code points, so a Chinese title is not cut inside a character),
 * and `fallback` when nothing is left.
 */
export function safeFileName(title: string, fallback = 'bid', max = 60): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = title.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '_').replace(/^[._]+/, '')
  return [...cleaned].slice(0, max).join('') || fallback
}
