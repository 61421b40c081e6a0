import { Typography } from 'antd'
import type { z } from 'zod'
import type { TenderSourceSchema } from '@shared/contract/tender'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { TI } from './labels'

type Source = z.infer<typeof TenderSourceSchema>

/** Where an extracted item came from: file · chapter · page · paragraph, and the excerpt itself. */
export function SourceCell({ source }: { source: Source | undefined }) {
  const L = useLabels(TI)
  if (!source) return <Typography.Text type="secondary">—</Typography.Text>
  const where = [
    source.file,
    source.chapter,
    source.page != null ? fmt(L.page, { n: source.page }) : '',
    fmt(L.paragraph, { n: source.paragraph }),
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <div data-testid="source">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {where}
      </Typography.Text>
      <div
        style={{ fontSize: 12, background: '#fafafa', borderLeft: '3px solid #d9d9d9', padding: '2px 6px' }}
      >
        {source.excerpt}
      </div>
    </div>
  )
}
