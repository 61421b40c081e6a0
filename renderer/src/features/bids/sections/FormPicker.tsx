import { App, Button, Empty, List, Modal, Space, Spin, Tag, Typography } from 'antd'
import { useEffect, useMemo, useState } from 'react'
import type { FormTemplates } from '@shared/contract/bids'
import { formCatalog, type CatalogEntry, type PreviewItem } from '@shared/domain/sections/form-catalog'
import type { Bid } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { L } from './labels'
import { errorMessage } from '@renderer/api/error-text'

/** Which section the picker chooses a form for, or null to add a new section. */
export type PickerTarget = { section: number | null } | null

/**
 * The standard forms (templates) in the tender's order, each with a preview of the form as this bid fills it:
 * insert one as a new section (placed where the tender's order puts it), or choose the form of a section.
 */
export function FormPicker({
  bid,
  target,
  onClose,
  onPick,
}: {
  bid: Bid
  target: PickerTarget
  onClose(): void
  onPick(entry: CatalogEntry): void
}) {
  const t = useLabels(L)
  const { pick } = useI18n()
  const { message } = App.useApp()
  const [data, setData] = useState<FormTemplates | null>(null)
  const [selected, setSelected] = useState<number>(0)
  const open = target !== null
  useEffect(() => {
    if (!open) return
    let live = true
    setData(null)
    call('bids.formTemplates', { bidId: bid.id }).then(
      (r) => live && setData(r),
      (e) => message.error(pick(errorMessage(e))),
    )
    return () => void (live = false)
    // The previews are filled from the bid as it is when the picker opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, bid.id])
  const entries = useMemo(
    () => (data ? formCatalog(data.templates, bid.mandatedOrder, bid.sections, new Set(data.hidden)) : []),
    [data, bid.mandatedOrder, bid.sections],
  )
  const current = target?.section != null ? bid.sections[target.section]?.formKey : null
  useEffect(() => {
    if (!data) return
    const i = current
      ? entries.findIndex((e) => e.key === current)
      : entries.findIndex((e) => e.sectionIndex === null)
    setSelected(Math.max(0, i))
    // Select once per opening, not on each bid change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data])
  const entry = entries[selected]
  const preview = entry?.key ? data?.templates.find((x) => x.key === entry.key)?.preview : null
  const choosing = target?.section != null
  return (
    <Modal
      open={open}
      width={1000}
      title={choosing ? t.pickFormFor : t.addForm}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t.cancel}</Button>
          <Button
            type="primary"
            data-testid="form-pick"
            disabled={!entry || (choosing && !entry.key)}
            onClick={() => entry && onPick(entry)}
          >
            {choosing ? t.useForm : t.insertForm}
          </Button>
        </Space>
      }
    >
      {!data ? (
        <Spin />
      ) : (
        <div style={{ display: 'flex', gap: 16, height: 520 }} data-testid="form-picker">
          <List
            style={{ width: 340, overflow: 'auto' }}
            size="small"
            bordered
            dataSource={entries}
            renderItem={(e, i) => (
              <List.Item
                data-testid="form-entry"
                onClick={() => setSelected(i)}
                style={{ cursor: 'pointer', background: i === selected ? '#e6f4ff' : undefined }}
              >
                <Space direction="vertical" size={2}>
                  <span>
                    {e.position !== null && (
                      <Tag color="blue">{fmt(t.tenderPosition, { n: e.position })}</Tag>
                    )}
                    {e.title}
                  </span>
                  <Space size={4}>
                    {e.templateTitle && e.templateTitle !== e.title && (
                      <Tag>{fmt(t.templateIs, { title: e.templateTitle })}</Tag>
                    )}
                    {!e.key && <Tag color="orange">{t.buyerFormOnly}</Tag>}
                    {e.sectionIndex !== null && (
                      <Tag color="green">{fmt(t.alreadySection, { n: e.sectionIndex + 1 })}</Tag>
                    )}
                  </Space>
                </Space>
              </List.Item>
            )}
          />
          <div
            style={{ flex: 1, overflow: 'auto', border: '1px solid #f0f0f0', padding: '16px 24px' }}
            data-testid="form-preview"
          >
            {entry && !entry.key && (
              <Typography.Paragraph type="secondary">{t.buyerFormHint}</Typography.Paragraph>
            )}
            {preview ? <FormPreview items={preview} /> : !entry && <Empty />}
          </div>
        </div>
      )}
    </Modal>
  )
}

function FormPreview({ items }: { items: readonly PreviewItem[] }) {
  const t = useLabels(L)
  return (
    <div style={{ fontFamily: '"FangSong", "仿宋", serif', fontSize: 14 }}>
      {items.map((it, i) => {
        if (it.type === 'table')
          return (
            <table
              key={i}
              className="bb-form-preview-table"
              style={{ borderCollapse: 'collapse', width: '100%', margin: '8px 0' }}
            >
              <tbody>
                {it.rows.map((r, k) => (
                  <tr key={k}>
                    {r.map((c, j) => (
                      <td
                        key={j}
                        colSpan={c.span}
                        style={{
                          border: '1px solid #999',
                          padding: '2px 6px',
                          fontWeight: c.bold ? 600 : undefined,
                        }}
                      >
                        {c.text}
                      </td>
                    ))}
                  </tr>
                ))}
                {it.more > 0 && (
                  <tr>
                    <td colSpan={99} style={{ color: '#999', padding: '2px 6px' }}>
                      {fmt(t.moreRows, { n: it.more })}
                    </td>
                  </tr>
                )}
              </tbody>
            </table>
          )
        if (it.type === 'materials')
          return (
            <ul key={i}>
              {it.lines.map((l, k) => (
                <li key={k}>{l}</li>
              ))}
            </ul>
          )
        if (it.type === 'heading')
          return (
            <h3 key={i} style={{ textAlign: 'center', fontFamily: '"SimHei", "黑体", sans-serif' }}>
              {it.text}
            </h3>
          )
        return (
          <p
            key={i}
            style={{
              textAlign: (it.align as 'left') ?? (it.type === 'marker' ? 'right' : undefined),
              fontWeight: it.type === 'paragraph' && it.bold ? 600 : undefined,
              whiteSpace: 'pre-wrap',
              margin: '4px 0',
            }}
          >
            {it.text}
          </p>
        )
      })}
    </div>
  )
}
