import { Alert, App, Button, Card, List, Space, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { MergeResult } from '@shared/contract/competitors'
import { duplicateGroups } from '@shared/domain/competitors'
import type { Competitor } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels, type Labels } from '@renderer/app/use-labels'
import { DUP, L as LABELS } from './labels'
import { errorMessage } from '@renderer/api/error-text'

function summary(r: MergeResult, D: Labels<typeof DUP>, sep: string): string {
  const parts = [fmt(D.mergedInto, { title: r.competitor.title })]
  if (r.bids.length) parts.push(fmt(D.bidsRepointed, { n: r.bids.length }))
  if (r.matrices.length) parts.push(fmt(D.matricesRepointed, { n: r.matrices.length }))
  if (r.trashed) parts.push(D.trashed)
  return parts.join(sep)
}

/**
 * Competitors that share a name or alias (after normalisation), with a merge per group: the chosen
 * record keeps its id, the others are merged into it one by one on the server, which also repoints
 * every bid and scoring matrix and moves the merged records to the trash.
 */
export function DuplicatesPanel({
  registry,
  onMerged,
}: {
  registry: Competitor[]
  onMerged(): Promise<void>
}) {
  const { pick } = useI18n()
  const L = useLabels(LABELS)
  const D = useLabels(DUP)
  const { modal, message } = App.useApp()
  const [notes, setNotes] = useState<{ zh: string; en: string }[]>([])
  const byId = useMemo(() => new Map(registry.map((c) => [c.id, c])), [registry])
  const groups = useMemo(() => duplicateGroups(registry), [registry])
  if (groups.length === 0 && notes.length === 0) return null

  const mergeInto = (keepId: string, ids: string[]) => {
    const keep = byId.get(keepId)!
    const others = ids.filter((id) => id !== keepId).map((id) => byId.get(id)!)
    modal.confirm({
      title: fmt(D.confirmTitle, { keep: keep.title, n: others.length }),
      content: fmt(D.confirmContent, {
        others: others.map((o) => o.title).join(L.listSep),
        keep: keep.title,
      }),
      okText: D.merge,
      cancelText: D.cancel,
      onOk: async () => {
        const warnings: { zh: string; en: string }[] = []
        try {
          for (const o of others) {
            const r = await call('competitors.merge', { keepId, mergeId: o.id })
            warnings.push(
              ...r.warnings,
              ...r.failed.map((f) => ({ zh: `${f.title}：${f.zh}`, en: `${f.title}: ${f.en}` })),
            )
            message.success(summary(r, D, L.clauseSep))
          }
        } catch (e) {
          message.error(pick(errorMessage(e)))
        }
        setNotes(warnings)
        await onMerged()
      },
    })
  }

  return (
    <Card
      size="small"
      title={fmt(D.title, { n: groups.length })}
      style={{ marginBottom: 12, borderColor: '#faad14' }}
      data-testid="duplicates"
    >
      {notes.map((n, i) => (
        <Alert
          key={i}
          type="warning"
          showIcon
          message={pick(n)}
          style={{ marginBottom: 8 }}
          closable
          onClose={() => setNotes(notes.filter((_, k) => k !== i))}
        />
      ))}
      {groups.map((g) => (
        <List
          key={g.ids.join('|')}
          size="small"
          bordered
          style={{ marginBottom: 8 }}
          header={
            <Typography.Text type="secondary">
              {D.sharedNames}
              {g.sharedKeys.map((k) => (
                <Tag key={k}>{k}</Tag>
              ))}
            </Typography.Text>
          }
          dataSource={g.ids.map((id) => byId.get(id)!)}
          renderItem={(c) => (
            <List.Item
              actions={[
                <Button
                  key="keep"
                  size="small"
                  onClick={() => mergeInto(c.id, g.ids)}
                  data-testid={`keep-${c.id}`}
                >
                  {D.keep}
                </Button>,
              ]}
            >
              <Space wrap>
                <b>{c.title}</b>
                {c.aliases.map((a) => (
                  <Tag key={a}>{a}</Tag>
                ))}
              </Space>
            </List.Item>
          )}
        />
      ))}
    </Card>
  )
}
