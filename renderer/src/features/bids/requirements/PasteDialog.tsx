import { Alert, Input, Modal, Select, Space, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { parseRequirementLines } from '@shared/domain/bids/requirement-import/lines'
import type { PartKind, Requirement } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumOptions, fmt, useLabels } from '@renderer/app/use-labels'
import { PART_KIND as KIND } from '@renderer/app/enum-labels'
import { L } from './labels'
import { KINDS } from './RequirementRow'

/** Paste many lines at once: one requirement a line, numbering and ★ recognised; a preview before adding. */
export function PasteDialog({ onCancel, onOk }: { onCancel(): void; onOk(rs: Requirement[]): void }) {
  const { pick, lang } = useI18n()
  const t = useLabels(L)
  const [text, setText] = useState('')
  const [kind, setKind] = useState<PartKind>('技术')
  const [chapter, setChapter] = useState('')
  const parsed = useMemo(() => {
    try {
      return { ok: true as const, rs: parseRequirementLines(text, { kind, chapter }) }
    } catch (e) {
      const m = e as { zh?: string; en?: string }
      return { ok: false as const, error: { zh: m.zh ?? String(e), en: m.en ?? String(e) } }
    }
  }, [text, kind, chapter])
  const n = parsed.ok ? parsed.rs.length : 0
  return (
    <Modal
      open
      width={760}
      title={t.pasteTitle}
      okText={fmt(t.pasteOk, { n })}
      cancelText={t.cancel}
      okButtonProps={{ disabled: !parsed.ok || n === 0, 'data-testid': 'paste-ok' } as never}
      onCancel={onCancel}
      onOk={() => parsed.ok && onOk(parsed.rs)}
    >
      <Space style={{ marginBottom: 8 }}>
        {t.kind}
        <Select
          value={kind}
          onChange={setKind}
          options={enumOptions(KINDS, KIND, lang)}
          style={{ width: 100 }}
        />
        {t.chapter}
        <Input
          value={chapter}
          onChange={(e) => setChapter(e.target.value)}
          placeholder={t.chapterExample}
          style={{ width: 160 }}
        />
      </Space>
      <Input.TextArea
        autoFocus
        rows={10}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t.pastePlaceholder}
        id="paste-text"
      />
      {!parsed.ok && <Alert style={{ marginTop: 8 }} type="error" showIcon message={pick(parsed.error)} />}
      {parsed.ok && n > 0 && (
        <div style={{ marginTop: 8, maxHeight: 200, overflow: 'auto' }} data-testid="paste-preview">
          {parsed.rs.slice(0, 50).map((r) => (
            <div key={r.id}>
              <Typography.Text type="secondary">{r.no || '—'}</Typography.Text> {r.star ? '★ ' : ''}
              {r.text}
            </div>
          ))}
          {n > 50 && <Typography.Text type="secondary">{fmt(t.more, { n: n - 50 })}</Typography.Text>}
        </div>
      )}
    </Modal>
  )
}
