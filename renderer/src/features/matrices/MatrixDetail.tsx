import { DownloadOutlined, ImportOutlined } from '@ant-design/icons'
import { Button, Card, Col, message, Row, Skeleton, Tabs } from 'antd'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { linkMatrix } from '@shared/domain/matrices/link'
import { analyzeMatrix, type MatrixAnalysis } from '@shared/domain/matrices/matrix'
import type { Matrix } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { DetailShell } from '@renderer/components/DetailShell'
import { focusWhenReady } from '@renderer/components/focus-field'
import { SelectField, TextAreaField, TextField } from '@renderer/components/fields'
import { useDocEditor } from '@renderer/hooks/useDocEditor'
import { downloadBase64 } from '@renderer/api/files'
import { BiddersCard } from './BiddersCard'
import { ImportWizard } from './ImportWizard'
import { ItemsTable } from './ItemsTable'
import { PAGE, PROCUREMENT, UNIT } from './labels'
import { PriceRuleCard } from './PriceRuleCard'
import { ResultsPanel } from './ResultsPanel'
import { syncMatrixBidders } from '@shared/domain/competitors'
import { useMatrixContext } from './useMatrixContext'
import { WinProbPanel } from './WinProbPanel'
import { errorMessage } from '@renderer/api/error-text'

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const PROCUREMENT_VALUES = ['货物', '服务', '工程'] as const

/** The live analysis of the draft; a draft the engine cannot read yet shows why instead of crashing the page. */
function analyze(m: Matrix): MatrixAnalysis {
  try {
    return analyzeMatrix(m)
  } catch (e) {
    return {
      findings: [{ code: 'CANNOT_SCORE', severity: 'error', message: errorMessage(e) }],
      standings: null,
      overtake: null,
      sensitivity: null,
      categoryMaxPoints: { 价格: 0, 商务: 0, 技术: 0, 其他: 0 },
      totalMaxPoints: 0,
    }
  }
}

/** A scoring matrix: import, items with self-assessment and estimates, price rule, live results, win probability. */
export function MatrixDetail({ id, focus }: { id: string; focus: string | null }) {
  const ed = useDocEditor('matrices', id)
  const d = ed.doc
  const { pick, lang } = useI18n()
  const L = useLabels(PAGE)
  const U = useLabels(UNIT)
  const ctx = useMatrixContext(d?.bidId ?? null)
  const [tab, setTab] = useState('items')
  const [expanded, setExpanded] = useState<string[]>([])
  const [importing, setImporting] = useState(false)
  const [exporting, setExporting] = useState(false)
  // Scored as linked: our price from the bid's quote and our name from 公司信息, reloaded with the bid.
  const linked = useMemo(
    () =>
      d ? linkMatrix(d, { bid: ctx.bid, companyName: ctx.companyName, competitors: ctx.competitors }) : null,
    [d, ctx.bid, ctx.companyName, ctx.competitors],
  )
  const analysis = useMemo(() => (linked ? analyze(linked.matrix) : null), [linked])
  const set = ed.set
  const b = { ...ed, doc: d! }

  const focusItem = useCallback(
    (itemId: string) => {
      setTab('items')
      setExpanded((x) => (x.includes(itemId) ? x : [...x, itemId]))
      const i = d?.items.findIndex((x) => x.id === itemId) ?? -1
      if (i >= 0) focusWhenReady(`items.${i}`)
    },
    [d],
  )

  // A link into an item (a check finding's ?focus=items.3.evidence) opens the tab and the row it points into.
  const loaded = d !== null
  useEffect(() => {
    const m = focus ? /^items\.(\d+)(?:\.(.+))?$/.exec(focus) : null
    const item = m && d ? d.items[Number(m[1])] : undefined
    if (!item) return
    setTab('items')
    setExpanded((x) => (x.includes(item.id) ? x : [...x, item.id]))
    // DetailShell then jumps to the field once the opened row shows it.
    // Only a new focus target moves the page, not every edit of the matrix.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus, loaded])

  const exportXlsx = async () => {
    if (!d) return
    setExporting(true)
    try {
      // The server exports the saved document: save what is pending first.
      await ed.saveNow()
      const r = await call('matrices.exportXlsx', { matrixId: d.id })
      downloadBase64(r.dataBase64, r.fileName, XLSX_MIME)
    } catch (e) {
      message.error(pick(errorMessage(e)))
    } finally {
      setExporting(false)
    }
  }

  const sync = () => {
    if (!d) return
    if (ctx.competitors.length === 0) return void message.info(L.noCompetitors)
    const r = syncMatrixBidders(d, ctx.competitors)
    if (r.matrix !== d) ed.replace(r.matrix)
    const names = (xs: { name: string }[]) => xs.map((x) => x.name).join(U.listSep)
    const renamed = r.renamed.map((x) => `${x.from}→${x.to}`).join(U.listSep)
    const parts = [
      r.added.length ? fmt(L.syncAdded, { names: names(r.added) }) : '',
      r.linked.length ? fmt(L.syncLinked, { names: names(r.linked) }) : '',
      r.renamed.length ? fmt(L.syncRenamed, { names: renamed }) : '',
      r.notInBid.length ? fmt(L.syncNotInBid, { names: names(r.notInBid) }) : '',
    ].filter(Boolean)
    message.success(parts.length ? parts.join(L.syncPartsSep) : L.syncSame)
  }

  const scorable = !!analysis?.standings
  return (
    <DetailShell
      kind="matrices"
      ed={ed}
      focus={focus}
      extra={
        d && (
          <>
            <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="matrix-import">
              {L.importTable}
            </Button>
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={() => void exportXlsx()}
              data-testid="matrix-export"
            >
              {L.exportXlsx}
            </Button>
          </>
        )
      }
    >
      {d && analysis && linked && (
        <>
          <Row gutter={16}>
            <Col span={8}>
              <TextField b={b} path={'title'} label={L.title} />
            </Col>
            <Col span={4}>
              <SelectField
                b={b}
                path={'procurementCategory'}
                label={L.procurementCategory}
                options={PROCUREMENT_VALUES.map((v) => ({
                  value: v,
                  label: enumLabel(PROCUREMENT, v, lang),
                }))}
              />
            </Col>
            <Col span={8}>
              <SelectField
                b={b}
                path={'bidId'}
                label={L.bid}
                allowClear
                options={ctx.bids.map((x) => ({ value: x.id, label: x.title }))}
              />
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} xl={15}>
              <Tabs
                activeKey={tab}
                onChange={setTab}
                items={[
                  {
                    key: 'items',
                    label: fmt(L.tabItems, { n: d.items.length }),
                    children: (
                      <ItemsTable
                        m={d}
                        findings={analysis.findings}
                        bid={ctx.bid}
                        materials={ctx.materials}
                        expanded={expanded}
                        setExpanded={setExpanded}
                        set={set}
                      />
                    ),
                  },
                  {
                    key: 'rule',
                    label: L.tabRule,
                    children: (
                      <>
                        <PriceRuleCard b={b} m={d} />
                        <div style={{ height: 12 }} />
                        <BiddersCard
                          m={d}
                          linked={linked}
                          set={set}
                          replace={ed.replace}
                          onSync={d.bidId ? sync : undefined}
                        />
                      </>
                    ),
                  },
                  {
                    key: 'winprob',
                    label: L.tabWinProb,
                    children: (
                      <WinProbPanel
                        b={b}
                        matrix={linked.matrix}
                        scorable={scorable}
                        walkAway={ctx.walkAway}
                        budget={ctx.bid?.budget ?? null}
                      />
                    ),
                  },
                  {
                    key: 'notes',
                    label: L.notes,
                    children: (
                      <Card size="small">
                        <TextAreaField b={b} path={'notes'} label={L.notes} rows={6} />
                      </Card>
                    ),
                  },
                ]}
              />
            </Col>
            <Col xs={24} xl={9}>
              <div style={{ position: 'sticky', top: 8 }}>
                {ctx.ready ? (
                  <ResultsPanel b={b} a={analysis} linked={linked} onFocusItem={focusItem} />
                ) : (
                  <Card size="small" data-testid="results-loading">
                    <Skeleton active paragraph={{ rows: 6 }} />
                  </Card>
                )}
              </div>
            </Col>
          </Row>
          {importing && (
            <ImportWizard
              matrix={d}
              onCancel={() => setImporting(false)}
              onApply={(next) => {
                ed.replace(next)
                setImporting(false)
                message.success(fmt(L.imported, { n: next.items.length }))
              }}
            />
          )}
        </>
      )}
    </DetailShell>
  )
}
