import { EditOutlined } from '@ant-design/icons'
import { Button, Space, Tag, Typography } from 'antd'
import { memo } from 'react'
import { wordCount } from '@shared/domain/sections/text'
import type { Requirement, Section, SectionDoc } from '@shared/schemas'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { SectionEditor } from './editor/SectionEditor'
import { L } from './labels'

const PREVIEW_LINES = 3

/**
 * A section's text: its editor when it is the one being written, else a short preview (so 50 long sections on the
 * page cost a few lines each). A check finding that points at the text (sections.N.content) focuses the preview,
 * which opens the editor.
 */
export const SectionBody = memo(function SectionBody({
  bidId,
  section,
  index,
  active,
  onOpen,
  requirements,
  onChange,
}: {
  bidId: string
  section: Section
  index: number
  active: boolean
  onOpen(id: string): void
  requirements: readonly Requirement[]
  onChange(index: number, doc: SectionDoc, text: string): void
}) {
  const t = useLabels(L)
  const words = wordCount(section.content)
  const label = (
    <Space size={8} style={{ paddingBottom: 8 }}>
      <span>{t.content}</span>
      <Tag data-testid="section-words">{fmt(t.words, { n: words })}</Tag>
    </Space>
  )
  if (active)
    return (
      <div data-field={`sections.${index}.content`} id={`f-sections.${index}.content`} tabIndex={-1}>
        {label}
        <SectionEditor
          bidId={bidId}
          section={section}
          requirements={requirements}
          onChange={(doc, text) => onChange(index, doc, text)}
        />
      </div>
    )
  const lines = section.content.split('\n').filter((l) => l.trim() !== '')
  return (
    <div data-field={`sections.${index}.content`} style={{ marginBottom: 12 }}>
      {label}
      <div
        id={`f-sections.${index}.content`}
        role="button"
        tabIndex={0}
        data-testid="section-preview"
        onClick={() => onOpen(section.id)}
        onFocus={() => onOpen(section.id)}
        style={{ border: '1px dashed #d9d9d9', borderRadius: 6, padding: '6px 10px', cursor: 'text' }}
      >
        {lines.length === 0 ? (
          <Typography.Text type="secondary">{t.empty}</Typography.Text>
        ) : (
          lines.slice(0, PREVIEW_LINES).map((l, i) => (
            <Typography.Paragraph key={i} ellipsis style={{ margin: 0 }}>
              {l}
            </Typography.Paragraph>
          ))
        )}
        {lines.length > PREVIEW_LINES && <Typography.Text type="secondary">…</Typography.Text>}
        <div>
          <Button size="small" type="link" icon={<EditOutlined />} data-testid="section-edit">
            {t.edit}
          </Button>
        </div>
      </div>
    </div>
  )
})
