import { SaxesParser } from 'saxes'
import { AppError } from '@shared/errors'

/**
 * A streaming walk over an XML part with a real parser (saxes): no DOM is built, so a large document.xml costs
 * little memory, and malformed XML is an error that names the part rather than a half-read document.
 */
export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void
  close(name: string): void
  text(t: string): void
}

export function walkXml(xml: string, part: string, h: XmlHandlers): void {
  const p = new SaxesParser({ xmlns: false })
  let failed: Error | null = null
  p.on('error', (e) => {
    failed ??= e
  })
  p.on('opentag', (t) => h.open(t.name, t.attributes as Record<string, string>))
  p.on('closetag', (t) => h.close(t.name))
  p.on('text', (t) => h.text(t))
  p.on('doctype', () => {
    failed ??= new Error('DOCTYPE is not allowed')
  })
  try {
    p.write(xml).close()
  } catch (e) {
    failed ??= e as Error
  }
  if (failed) {
    throw new AppError(
      'IMPORT_REJECTED',
      {
        zh: `${part} 不是合法的 XML（${failed.message}）`,
        en: `${part} is not well-formed XML (${failed.message})`,
      },
      { reason: 'CORRUPT_XML', entry: part },
    )
  }
}
