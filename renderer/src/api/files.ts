// Moving bytes between the API (base64 in JSON) and the browser (files, downloads, print), in one place.

const MIME: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
}

/** Saves bytes the API returned as base64 through a Blob link: the same in Electron and in the browser. */
export function downloadBase64(dataBase64: string, fileName: string, mime?: string): void {
  const ext = fileName.split('.').pop() ?? ''
  const bin = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bin], { type: mime ?? MIME[ext] ?? 'application/octet-stream' }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

/** Bytes as base64 for the API, in chunks so a large file does not overflow the argument list. */
export function bufferToBase64(buf: ArrayBuffer): string {
  let s = ''
  const bytes = new Uint8Array(buf)
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

/** Reads a picked file as base64 (without the data: prefix) for the API. */
export async function fileToBase64(file: Blob): Promise<string> {
  return bufferToBase64(await file.arrayBuffer())
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`
  return `${(n / 1024 / 1024).toFixed(1)} MB`
}

/**
 * Prints an HTML report through a hidden iframe on a blob URL (the CSP allows blob frames; no popup
 * window is needed). The frame stays until the next print so the print dialog can read it.
 */
export function printHtml(html: string): void {
  document.getElementById('bb-print-frame')?.remove()
  const url = URL.createObjectURL(new Blob([html], { type: MIME.html }))
  const frame = document.createElement('iframe')
  frame.id = 'bb-print-frame'
  frame.setAttribute('data-testid', 'print-frame')
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:0;height:0;border:0'
  frame.onload = () => {
    frame.contentWindow?.focus()
    frame.contentWindow?.print()
    URL.revokeObjectURL(url)
  }
  frame.src = url
  document.body.appendChild(frame)
}
