import { Button, Input, Modal, Space, Table, Typography, message } from 'antd'
import { useState } from 'react'
import type { OutputOf } from '@shared/contract'
import { formatValue, labelPath } from '@shared/domain/merge'
import type { DocKind } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { navigate } from '@renderer/app/router'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'
import { errorMessage } from '@renderer/api/error-text'

export type ConflictRow = OutputOf<'sync.conflicts'>[number]

function parseEdited(text: string, like: unknown): unknown {
  if (typeof like === 'number') {
    const n = Number(text.replace(/[,，\s]/g, ''))
    if (!Number.isFinite(n)) throw new Error(text)
    return n
  }
  if (typeof like === 'string' || like === null) return text
  return JSON.parse(text)
}

/**
 * Conflicting fields side by side in field labels, each decided on its own: keep mine, take theirs,
 * or type the final value. Both values stay in the document until then.
 */
export function ConflictTable({
  rows,
  doc,
  onDecided,
}: {
  rows: ConflictRow[]
  doc?: unknown
  onDecided(): void
}) {
  const { lang, pick } = useI18n()
  const L = useLabels(LABELS)
  const [editing, setEditing] = useState<{ row: ConflictRow; text: string } | null>(null)
  // Mine/theirs means nothing when one side is a deletion: say what taking that side does.
  const take = (r: ConflictRow, side: 'ours' | 'theirs') =>
    !r.deleted
      ? side === 'ours'
        ? L.keepOurs
        : L.takeTheirs
      : r.deleted === side
        ? L.keepDeletion
        : L.keepEdit
  const show = (v: unknown, deleted: boolean, field: string) =>
    deleted ? L.deletedSide : formatValue(v, lang, field)
  const decide = async (row: ConflictRow, take: 'ours' | 'theirs' | 'edit', value?: unknown) => {
    try {
      const r = await call('sync.resolve', {
        kind: row.kind as DocKind,
        id: row.id,
        path: row.path,
        take,
        value,
      })
      // Decided for the machine that deleted it: the document is in the trash now, so its page closes.
      if (r.deleted && doc) navigate(row.kind)
      else onDecided()
    } catch (e) {
      message.error(pick(errorMessage(e)))
    }
  }
  const leaf = (p: string) =>
    p
      .split(/[.[\]]/)
      .filter(Boolean)
      .pop() ?? ''
  return (
    <>
      <Table<ConflictRow>
        size="small"
        pagination={false}
        rowKey={(r) => `${r.kind}/${r.id}/${r.path}`}
        dataSource={rows}
        data-testid="conflict-table"
        columns={[
          {
            title: L.field,
            render: (_, r) => (
              <span data-testid="conflict-field">
                {labelPath(r.path, [doc, r.ours, r.theirs].filter(Boolean), lang)}
              </span>
            ),
          },
          { title: L.base, render: (_, r) => formatValue(r.base, lang, leaf(r.path)) },
          {
            title: fmt(L.ours, { by: rows[0]?.oursBy ?? '' }),
            render: (_, r) => (
              <Typography.Text strong data-testid="conflict-ours">
                {show(r.ours, r.deleted === 'ours', leaf(r.path))}
              </Typography.Text>
            ),
          },
          {
            title: fmt(L.theirs, { by: rows[0]?.theirsBy ?? '' }),
            render: (_, r) => (
              <Typography.Text strong type="warning" data-testid="conflict-theirs">
                {show(r.theirs, r.deleted === 'theirs', leaf(r.path))}
              </Typography.Text>
            ),
          },
          ...(rows.some((r) => r.alternatives?.length)
            ? [
                {
                  title: L.others,
                  render: (_: unknown, r: ConflictRow) =>
                    (r.alternatives ?? []).map((v: unknown, i: number) => (
                      <Button key={i} size="small" type="dashed" onClick={() => void decide(r, 'edit', v)}>
                        {formatValue(v, lang, leaf(r.path))}
                      </Button>
                    )),
                },
              ]
            : []),
          {
            title: '',
            render: (_, r) => (
              <Space size={4}>
                <Button size="small" onClick={() => void decide(r, 'ours')} data-testid="conflict-keep-ours">
                  {take(r, 'ours')}
                </Button>
                <Button
                  size="small"
                  onClick={() => void decide(r, 'theirs')}
                  data-testid="conflict-take-theirs"
                >
                  {take(r, 'theirs')}
                </Button>
                {!r.deleted && (
                  <Button
                    size="small"
                    type="link"
                    onClick={() =>
                      setEditing({
                        row: r,
                        text: typeof r.ours === 'object' ? JSON.stringify(r.ours) : String(r.ours ?? ''),
                      })
                    }
                  >
                    {L.edit}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <Modal
          open
          title={L.editValue}
          onCancel={() => setEditing(null)}
          onOk={() => {
            try {
              const v = parseEdited(editing.text, editing.row.ours ?? editing.row.theirs)
              void decide(editing.row, 'edit', v).then(() => setEditing(null))
            } catch {
              message.error(L.editValue)
            }
          }}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 12 }}
            value={editing.text}
            onChange={(e) => setEditing({ ...editing, text: e.target.value })}
            data-testid="conflict-edit-value"
          />
        </Modal>
      )}
    </>
  )
}
