import { ArrowLeftOutlined, FileExcelOutlined, FileWordOutlined, SyncOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Form, Select, Space, Spin, Tabs, Tag, Typography } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { competitorsOfBid, normalizeName } from '@shared/domain/competitors'
import type { Competitor } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { navigate } from '@renderer/app/router'
import { useDocEditor } from '@renderer/hooks/useDocEditor'
import { downloadBase64 } from '@renderer/api/files'
import { BenchmarkOverlay } from './BenchmarkOverlay'
import { FieldSwotView } from './FieldSwotView'
import { GapTable } from './GapTable'
import { IntelPanel } from './IntelPanel'
import { BID } from './labels'
import { L as LABELS } from '../labels'
import { SharePanel } from './SharePanel'
import { StrategyPanel } from './StrategyPanel'
import { LoadError } from '@renderer/components/LoadError'
import { errorMessage } from '@renderer/api/error-text'

const SAVE_COLOR = { saved: 'green', saving: 'blue', dirty: 'gold', error: 'red' } as const
const MIME = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/**
 * 竞争分析 of one bid (#/competition/<bidId>): which competitors are in, the benchmark radar and gap
 * table, intel per competitor, our SWOT against the field, the strategy sheet, market share, and the
 * Word/Excel reports. The bid's own fields (competitorIds, strategy) autosave with the bid; intel
 * answers are saved on the competitors.
 */
export function BidCompetition({ bidId }: { bidId: string }) {
  const { t, pick } = useI18n()
  const { message } = App.useApp()
  const L = useLabels(LABELS)
  const B = useLabels(BID)
  const ed = useDocEditor('bids', bidId)
  const bid = ed.doc
  const [registry, setRegistry] = useState<Competitor[] | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  const load = useCallback(async () => setRegistry(await call('competitors.all', {})), [])
  useEffect(() => {
    void load().catch((e) => message.error(pick(errorMessage(e))))
  }, [load, message, pick])

  const { competitors, missingIds } = useMemo(
    () => (bid && registry ? competitorsOfBid(bid, registry) : { competitors: [], missingIds: [] }),
    [bid, registry],
  )
  const replaceOne = useCallback(
    (c: Competitor) => setRegistry((r) => (r ?? []).map((x) => (x.id === c.id ? c : x))),
    [],
  )

  const fail = (e: unknown) => message.error(pick(errorMessage(e)))
  const exportReport = async (format: 'docx' | 'xlsx') => {
    setBusy(format)
    try {
      // The server reads the saved bid: pending edits (strategy, competitor list) go first.
      await ed.saveNow()
      const r = await call('competitors.report', { bidId, format })
      downloadBase64(r.dataBase64, r.fileName, MIME[format])
      message.success(fmt(B.generated, { file: r.fileName }))
    } catch (e) {
      fail(e)
    } finally {
      setBusy(null)
    }
  }
  const syncMatrix = async () => {
    setBusy('sync')
    try {
      await ed.saveNow()
      const r = await call('competitors.syncMatrix', { bidId })
      const parts = [
        r.added.length ? fmt(B.syncAdded, { list: r.added.join(L.listSep) }) : '',
        r.renamed.length
          ? fmt(B.syncRenamed, { list: r.renamed.map((x) => `${x.from}→${x.to}`).join(L.listSep) })
          : '',
        r.linked.length ? fmt(B.syncLinked, { list: r.linked.join(L.listSep) }) : '',
      ].filter(Boolean)
      message.success(
        fmt(B.syncDone, { title: r.matrixTitle, parts: parts.join(L.clauseSep) || B.syncUpToDate }),
      )
      if (r.notInBid.length) message.warning(fmt(B.syncNotInBid, { list: r.notInBid.join(L.listSep) }))
    } catch (e) {
      fail(e)
    } finally {
      setBusy(null)
    }
  }

  if (ed.error) return <LoadError error={ed.error} />
  if (!bid || !registry) return <Spin />
  return (
    <div data-testid="bid-competition">
      <Space style={{ marginBottom: 12 }} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('bids', bidId)}>
          {B.backToBid}
        </Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {B.title} · {bid.title}
        </Typography.Title>
        <Tag color={SAVE_COLOR[ed.state]}>{t(`save.${ed.state}`)}</Tag>
        <Button
          icon={<FileWordOutlined />}
          loading={busy === 'docx'}
          disabled={!!busy}
          onClick={() => void exportReport('docx')}
          data-testid="export-docx"
        >
          {B.exportWord}
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          loading={busy === 'xlsx'}
          disabled={!!busy}
          onClick={() => void exportReport('xlsx')}
          data-testid="export-xlsx"
        >
          {B.exportExcel}
        </Button>
      </Space>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form.Item label={B.competitorsOfBid} style={{ marginBottom: 8 }}>
          <Space.Compact style={{ width: '100%' }}>
            <Select
              mode="multiple"
              data-testid="bid-competitors"
              style={{ width: '100%' }}
              value={bid.competitorIds}
              placeholder={B.pickPlaceholder}
              filterOption={(input, o) => {
                const c = registry.find((x) => x.id === o?.value)
                if (!c) return false
                const key = normalizeName(input)
                return [c.title, ...c.aliases].some(
                  (n) => n.includes(input.trim()) || normalizeName(n).includes(key),
                )
              }}
              options={[
                ...registry.map((c) => ({
                  value: c.id,
                  label: c.aliases.length
                    ? fmt(B.withAliases, { title: c.title, aliases: c.aliases.join(L.listSep) })
                    : c.title,
                })),
                ...missingIds.map((id) => ({ value: id, label: fmt(B.noRecord, { id }) })),
              ]}
              onChange={(ids: string[]) => ed.set('competitorIds', ids)}
            />
            <Button
              icon={<SyncOutlined />}
              loading={busy === 'sync'}
              disabled={!!busy}
              onClick={() => void syncMatrix()}
              data-testid="sync-matrix"
            >
              {B.sync}
            </Button>
          </Space.Compact>
        </Form.Item>
        {missingIds.length > 0 && (
          <Alert
            type="warning"
            showIcon
            message={fmt(B.missingRecords, { ids: missingIds.join(L.listSep) })}
          />
        )}
        <Typography.Text type="secondary">{B.syncHint}</Typography.Text>
      </Card>
      <Tabs
        defaultActiveKey="benchmark"
        items={[
          {
            key: 'benchmark',
            label: B.tabBenchmark,
            children: (
              <>
                {competitors.length > 0 && <BenchmarkOverlay competitors={competitors} />}
                <Typography.Title level={5}>{B.gapTitle}</Typography.Title>
                <GapTable competitors={competitors} />
              </>
            ),
          },
          {
            key: 'intel',
            label: B.tabIntel,
            children: <IntelPanel bid={bid} competitors={competitors} onSaved={replaceOne} />,
          },
          {
            key: 'swot',
            label: B.tabSwot,
            children: <FieldSwotView competitors={competitors} />,
          },
          {
            key: 'strategy',
            label: B.tabStrategy,
            children: (
              <StrategyPanel bid={bid} competitors={competitors} setStrategy={(s) => ed.set('strategy', s)} />
            ),
          },
          { key: 'share', label: B.tabShare, children: <SharePanel competitors={competitors} /> },
        ]}
      />
    </div>
  )
}
