import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useEffect, useState } from 'react'
import { call } from '@renderer/api/client'

/** Object URLs of pictures already read, by hash: a picture is fetched once per page load. */
const urls = new Map<string, Promise<string>>()

function pictureUrl(sha256: string, mime: string): Promise<string> {
  let p = urls.get(sha256)
  if (!p) {
    p = call('files.get', { sha256 }).then(({ dataBase64 }) => {
      const bin = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0))
      return URL.createObjectURL(new Blob([bin], { type: mime }))
    })
    p.catch(() => urls.delete(sha256))
    urls.set(sha256, p)
  }
  return p
}

export function ImageView({ node, selected }: ReactNodeViewProps) {
  const { sha256, mime, name, title } = node.attrs as Record<string, string>
  const [src, setSrc] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let live = true
    if (sha256)
      pictureUrl(sha256, mime).then(
        (u) => live && setSrc(u),
        () => live && setFailed(true),
      )
    return () => {
      live = false
    }
  }, [sha256, mime])
  return (
    <NodeViewWrapper className="bb-image" data-selected={selected || undefined} data-testid="section-image">
      {src ? (
        <img src={src} alt={name} />
      ) : (
        <div className="bb-image-missing">{failed ? `✕ ${name}` : name}</div>
      )}
      {title && <div className="bb-image-caption">{title}</div>}
    </NodeViewWrapper>
  )
}
