import { Alert, App, Button, Card, List, Space, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type { MergeResult } from '../../../../shared/contract/competitors'
import { duplicateGroups } from '../../../../shared/domain/competitors'
import type { Competitor } from '../../../../shared/schemas'
import { ApiError, call } from '../../api/client'
import { useI18n } from '../../app/i18n'

function summary(r: MergeResult): string {
  const parts = [`已合并到“${r.competitor.title}”`]
  if (r.bids.length) parts.push(`${r.bids.length} 个投标项目已改指向`)
  if (r.matrices.length) parts.push(`${r.matrices.length} 个评分矩阵已改指向`)
  if (r.trashed) parts.push('被合并的档案已移入回收站')
  return parts.join('；')
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
  const { modal, message } = App.useApp()
  const [notes, setNotes] = useState<{ zh: string; en: string }[]>([])
  const byId = useMemo(() => new Map(registry.map((c) => [c.id, c])), [registry])
  const groups = useMemo(() => duplicateGroups(registry), [registry])
  if (groups.length === 0 && notes.length === 0) return null

  const mergeInto = (keepId: string, ids: string[]) => {
    const keep = byId.get(keepId)!
    const others = ids.filter((id) => id !== keepId).map((id) => byId.get(id)!)
    modal.confirm({
      title: `保留“${keep.title}”，合并其余 ${others.length} 家？`,
      content: `${others.map((o) => o.title).join('、')} 的别名、资料和情报并入“${keep.title}”，引用它们的投标项目和评分矩阵改为指向“${keep.title}”，原档案移入回收站（可恢复）。`,
      okText: '合并',
      cancelText: '取消',
      onOk: async () => {
        const warnings: { zh: string; en: string }[] = []
        try {
          for (const o of others) {
            const r = await call('competitors.merge', { keepId, mergeId: o.id })
            warnings.push(
              ...r.warnings,
              ...r.failed.map((f) => ({ zh: `${f.title}：${f.zh}`, en: `${f.title}: ${f.en}` })),
            )
            message.success(summary(r))
          }
        } catch (e) {
          message.error(e instanceof ApiError ? pick({ zh: e.zh, en: e.en }) : String(e))
        }
        setNotes(warnings)
        await onMerged()
      },
    })
  }

  return (
    <Card
      size="small"
      title={`疑似重复（${groups.length} 组）`}
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
              共同的名称：
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
                  保留此项并合并其余
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
