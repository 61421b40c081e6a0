import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Input,
  List,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd'
import { useMemo, useState } from 'react'
import type { Material } from '@shared/schemas'
import { formatDate } from '@shared/i18n/dates'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, useLabels } from '@renderer/app/use-labels'
import { navigate } from '@renderer/app/router'
import { DocList } from '@renderer/components/DocList'
import { expiryDashboard, searchMaterials, type ExpiryBucket } from '@shared/domain/materials'
import { MATERIAL_KIND as KIND } from '@renderer/app/enum-labels'
import { L as LABELS } from './labels'
import { RenewDialog } from './RenewDialog'
import { showRenewed } from './renewed'
import { useLibrary } from './useLibrary'

const BUCKETS: { key: ExpiryBucket; color: string }[] = [
  { key: 'expired', color: 'red' },
  { key: 'within30', color: 'orange' },
  { key: 'within90', color: 'gold' },
]

/** 资料库: the expiry dashboard and full-text search above the list of materials. */
export function MaterialsLibrary() {
  const { t, lang, pick } = useI18n()
  const L = useLabels(LABELS)
  const { modal } = App.useApp()
  const { library, error, reload } = useLibrary()
  const [bucket, setBucket] = useState<ExpiryBucket | null>(null)
  const [query, setQuery] = useState('')
  const [renewing, setRenewing] = useState<Material | null>(null)
  const [listKey, setListKey] = useState(0)
  const rows = useMemo(
    () => (library ? expiryDashboard(library.materials, library.bids, new Date()) : []),
    [library],
  )
  const hits = useMemo(() => (library ? searchMaterials(library.materials, query) : []), [library, query])
  const shown = bucket ? rows.filter((r) => r.bucket === bucket) : rows

  const header = (
    <div data-testid="materials-dashboard" style={{ marginBottom: 12 }}>
      {error && <Alert type="error" showIcon message={pick({ zh: error.zh, en: error.en })} />}
      <Row gutter={12}>
        {BUCKETS.map((b) => (
          <Col span={8} key={b.key}>
            <Card
              size="small"
              hoverable
              onClick={() => setBucket(bucket === b.key ? null : b.key)}
              style={{ borderColor: bucket === b.key ? '#1677ff' : undefined }}
              data-testid={`bucket-${b.key}`}
            >
              <Statistic
                title={<Tag color={b.color}>{L[b.key]}</Tag>}
                value={rows.filter((r) => r.bucket === b.key).length}
                suffix={L.countSuffix}
              />
            </Card>
          </Col>
        ))}
      </Row>
      {shown.length > 0 && (
        <Table
          style={{ marginTop: 8 }}
          size="small"
          rowKey={(r) => r.material.id}
          dataSource={shown}
          pagination={shown.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          columns={[
            {
              title: L.material,
              render: (_, r) => (
                <a onClick={() => navigate('materials', r.material.id)}>{r.material.title}</a>
              ),
            },
            { title: L.kind, width: 120, render: (_, r) => enumLabel(KIND, r.material.kind, lang) },
            {
              title: L.validTo,
              width: 170,
              render: (_, r) => (
                <Tag color={r.bucket === 'expired' ? 'red' : r.bucket === 'within30' ? 'orange' : 'gold'}>
                  {formatDate(r.material.validTo, lang)} ·{' '}
                  {r.days < 0 ? t('days.overdue', { n: -r.days }) : t('days.left', { n: r.days })}
                </Tag>
              ),
            },
            {
              title: L.openBids,
              render: (_, r) =>
                r.openBids.length ? (
                  <Space size={4} wrap>
                    {r.openBids.map((b) => (
                      <Tag key={b.id} style={{ cursor: 'pointer' }} onClick={() => navigate('bids', b.id)}>
                        {b.title}
                      </Tag>
                    ))}
                  </Space>
                ) : (
                  <Typography.Text type="secondary">{L.none}</Typography.Text>
                ),
            },
            {
              title: '',
              width: 80,
              render: (_, r) => (
                <Button size="small" onClick={() => setRenewing(r.material)} data-testid="renew">
                  {L.renew}
                </Button>
              ),
            },
          ]}
        />
      )}
      <Input.Search
        allowClear
        style={{ marginTop: 12, width: 480 }}
        placeholder={L.search}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        id="materials-search"
      />
      {query.trim() && (
        <List
          size="small"
          bordered
          style={{ marginTop: 8 }}
          data-testid="materials-hits"
          dataSource={hits}
          locale={{ emptyText: <Empty description={L.noHits} /> }}
          renderItem={(h) => (
            <List.Item>
              <List.Item.Meta
                title={<a onClick={() => navigate('materials', h.material.id)}>{h.material.title}</a>}
                description={
                  <span>
                    <Tag>{enumLabel(KIND, h.material.kind, lang)}</Tag>
                    {h.excerpt}
                  </span>
                }
              />
            </List.Item>
          )}
        />
      )}
    </div>
  )

  return (
    <>
      <DocList key={listKey} kind="materials" kindLabel={t('nav.materials')} header={header} />
      {renewing && (
        <RenewDialog
          material={renewing}
          onCancel={() => setRenewing(null)}
          onDone={(r) => {
            setRenewing(null)
            void reload()
            setListKey((k) => k + 1)
            showRenewed(modal, r, () => undefined, lang)
          }}
        />
      )}
    </>
  )
}
