/** Saves bytes the API returned as base64 through a Blob link: works the same in Electron and the browser. */
export function downloadBase64(dataBase64: string, fileName: string, mime: string): void {
  const bin = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0))
  const url = URL.createObjectURL(new Blob([bin], { type: mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

/**
 * Prints an HTML report through a hidden iframe on a blob URL (the CSP allows blob frames; no popup
 * window is needed). The frame stays until the next print so the print dialog can read it.
 */
export function printHtml(html: string): void {
  document.getElementById('bb-print-frame')?.remove()
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }))
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
