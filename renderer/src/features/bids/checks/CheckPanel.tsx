import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Input, Progress, Segmented, Space, Spin, Tag, Typography } from 'antd'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useMemo, useRef, useState } from 'react'
import {
  FAMILIES,
  PHASES,
  SEVERITIES,
  type Family,
  type Finding,
  type Phase,
  type Severity,
} from '@shared/domain/checks'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { FAMILY, L as LABELS, PHASE, SEVERITY } from './labels'
import type { CheckState } from './useChecks'

export const SEVERITY_COLOR: Record<Severity, string> = { 否决风险: 'red', 失分风险: 'orange', 提示: 'blue' }

const phaseOf = (f: Finding): Phase => f.phase ?? '编制'

interface Props {
  state: CheckState
  busy: 'xlsx' | 'print' | null
  onGo(f: Finding): void
  onAck(f: Finding): void
  onUnack(f: Finding): void
  onExport(): void
  onPrint(): void
}

const FindingItem = memo(function FindingItem({
  f,
  onGo,
  onAck,
  onUnack,
}: { f: Finding } & Pick<Props, 'onGo' | 'onAck' | 'onUnack'>) {
  const { pick, lang } = useI18n()
  const L = useLabels(LABELS)
  return (
    <div
      className="bb-finding"
      data-testid={`finding-${f.ruleId}`}
      data-key={f.key}
      data-acknowledged={f.acknowledged ? 'true' : 'false'}
      style={{ padding: '8px 4px', borderBottom: '1px solid #f0f0f0', opacity: f.acknowledged ? 0.7 : 1 }}
    >
      <Space size={4} wrap>
        <Tag color={SEVERITY_COLOR[f.severity]} style={{ marginInlineEnd: 0 }}>
          {enumLabel(SEVERITY, f.severity, lang)}
        </Tag>
        <Tag style={{ marginInlineEnd: 0 }}>{f.ruleId}</Tag>
        <Tag
          color={phaseOf(f) === '封装' ? 'purple' : 'default'}
          style={{ marginInlineEnd: 0 }}
          data-testid="finding-phase"
        >
          {enumLabel(PHASE, phaseOf(f), lang)}
        </Tag>
        {f.acknowledged && <Tag color="default">{L.acknowledged}</Tag>}
      </Space>
      <div>
        <a onClick={() => onGo(f)} data-testid="finding-go" title={f.location.path}>
          {pick(f.message)}
        </a>
      </div>
      {f.printedIn?.length ? (
        <div style={{ fontSize: 12 }} data-testid="finding-printed-in">
          {fmt(L.printedIn, { forms: f.printedIn.map((p) => p.title).join('、') })}
        </div>
      ) : null}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {pick(f.fix)}
        {f.basis ? fmt(L.basis, { basis: f.basis }) : ''}
      </Typography.Text>
      {f.acknowledged ? (
        <div style={{ fontSize: 12 }}>
          {L.ackReason}
          {f.acknowledged.reason}
          {f.acknowledged.by ? ` · ${f.acknowledged.by}` : ''} <a onClick={() => onUnack(f)}>{L.unack}</a>
        </div>
      ) : (
        <div>
          <a style={{ fontSize: 12 }} onClick={() => onAck(f)} data-testid="finding-ack">
            {L.ack}
          </a>
        </div>
      )}
    </div>
  )
})

/** The 不漏 / 不粗 / 不错 panel: counts and progress per family, and every finding, acknowledged ones included. */
export const CheckPanel = memo(function CheckPanel({
  state,
  busy,
  onGo,
  onAck,
  onUnack,
  onExport,
  onPrint,
}: Props) {
  const { pick, lang } = useI18n()
  const L = useLabels(LABELS)
  const [family, setFamily] = useState<Family | '全部'>('全部')
  const [severity, setSeverity] = useState<Severity | null>(null)
  const [phase, setPhase] = useState<Phase | '全部'>('全部')
  const [query, setQuery] = useState('')
  const scroller = useRef<HTMLDivElement>(null)
  const r = state.result
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase()
    return (r?.findings ?? []).filter(
      (f) =>
        (family === '全部' || f.family === family) &&
        (phase === '全部' || phaseOf(f) === phase) &&
        (!severity || f.severity === severity) &&
        (!q ||
          f.ruleId.toLowerCase() === q ||
          f.message.zh.toLowerCase().includes(q) ||
          f.message.en.toLowerCase().includes(q)),
    )
  }, [r, family, phase, severity, query])
  const virt = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (i) => shown[i].key,
  })

  return (
    <Card
      size="small"
      data-testid="check-panel"
      title={
        <Space>
          {L.title}
          {state.pending ? <Spin size="small" /> : null}
        </Space>
      }
      extra={
        <Space size={4}>
          <Button
            size="small"
            icon={<FileExcelOutlined />}
            loading={busy === 'xlsx'}
            onClick={onExport}
            data-testid="checks-export"
          >
            {L.export}
          </Button>
          <Button
            size="small"
            icon={<PrinterOutlined />}
            loading={busy === 'print'}
            onClick={onPrint}
            data-testid="checks-print"
          >
            {L.print}
          </Button>
        </Space>
      }
      styles={{ body: { padding: 8 } }}
    >
      {state.error && <Alert type="error" showIcon message={pick(state.error)} />}
      {!r && !state.error && <Spin />}
      {r && (
        <>
          {FAMILIES.map((fam) => {
            const c = r.counts[fam]
            const p = r.progress[fam]
            return (
              <div key={fam} data-testid={`family-${fam}`} style={{ marginBottom: 6 }}>
                <Space size={4} wrap>
                  <Typography.Text strong>{enumLabel(FAMILY, fam, lang)}</Typography.Text>
                  {SEVERITIES.map((s) => (
                    <Tag
                      key={s}
                      color={c[s] ? SEVERITY_COLOR[s] : 'default'}
                      data-testid={`count-${fam}-${s}`}
                      style={{ cursor: 'pointer', marginInlineEnd: 0 }}
                      onClick={() => {
                        setFamily(fam)
                        setSeverity(severity === s && family === fam ? null : s)
                      }}
                    >
                      {enumLabel(SEVERITY, s, lang)} {c[s]}
                    </Tag>
                  ))}
                </Space>
                <Progress
                  percent={Math.round(p.share * 100)}
                  size="small"
                  status={c.否决风险 ? 'exception' : p.passing === p.rules ? 'success' : 'normal'}
                  format={() => `${p.passing}/${p.rules}`}
                />
              </div>
            )
          })}
          <Space style={{ margin: '4px 0 8px' }} wrap>
            <Segmented
              size="small"
              value={family}
              onChange={(v) => {
                setFamily(v as Family | '全部')
                setSeverity(null)
              }}
              options={['全部', ...FAMILIES].map((f) => ({
                value: f,
                label: `${f === '全部' ? L.all : enumLabel(FAMILY, f, lang)} ${f === '全部' ? r.findings.length : r.findings.filter((x) => x.family === f).length}`,
              }))}
            />
            <Segmented
              size="small"
              value={phase}
              onChange={(v) => setPhase(v as Phase | '全部')}
              title={L.phaseHint}
              data-testid="phase-filter"
              options={['全部' as const, ...PHASES].map((p) => ({
                value: p,
                label: `${p === '全部' ? L.allPhases : enumLabel(PHASE, p, lang)} ${p === '全部' ? r.findings.length : r.findings.filter((x) => phaseOf(x) === p).length}`,
              }))}
            />
            {severity && (
              <Tag closable onClose={() => setSeverity(null)} color={SEVERITY_COLOR[severity]}>
                {fmt(L.only, { severity: enumLabel(SEVERITY, severity, lang) })}
              </Tag>
            )}
            <Input
              id="findings-filter"
              size="small"
              allowClear
              placeholder={L.filterPlaceholder}
              style={{ width: 130 }}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
            {r.acknowledgedCount > 0 && (
              <Typography.Text type="secondary">
                {fmt(L.acknowledgedCount, { n: r.acknowledgedCount })}
              </Typography.Text>
            )}
          </Space>
          <div
            ref={scroller}
            style={{ height: 'calc(100vh - 420px)', minHeight: 240, overflow: 'auto' }}
            data-testid="findings"
          >
            {shown.length === 0 && <Typography.Text type="secondary">{L.noFindings}</Typography.Text>}
            <div style={{ height: virt.getTotalSize(), position: 'relative' }}>
              {virt.getVirtualItems().map((v) => (
                <div
                  key={v.key}
                  data-index={v.index}
                  ref={virt.measureElement}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${v.start}px)`,
                  }}
                >
                  <FindingItem f={shown[v.index]} onGo={onGo} onAck={onAck} onUnack={onUnack} />
                </div>
              ))}
            </div>
          </div>
        </>
      )}
    </Card>
  )
})
