import { SafetyCertificateOutlined } from '@ant-design/icons'
import { Button, Tabs, Tag } from 'antd'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { PIPELINE_STAGES } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { DetailShell } from '@renderer/components/DetailShell'
import { DueTag } from '@renderer/components/DueTag'
import { BidCompetitionLink } from '../competitors/BidCompetitionLink'
import { ExportButton } from '../export/ExportButton'
import { TenderImportButton } from '../tender/TenderImportButton'
import { useDocEditor } from '@renderer/hooks/useDocEditor'
import { BidChecks } from './checks/BidChecks'
import { useCheckSources } from './checks/useCheckSources'
import { requirementIndex, tabOf } from '@shared/domain/bids/paths'
import { focusWhenReady } from '@renderer/components/focus-field'
import { BidBasicTab, BidDatesTab, BidLogTab, BidResultTab } from './BidInfoTabs'
import { BidQuoteTab } from './BidTabs'
import { DecisionChainTab } from '../customers/DecisionChainTab'
import { NextDeadlineTag } from '../pipeline/BidTimelineCard'
import { OPEN } from '../pipeline/labels'
import { OpeningTab } from '../pipeline/OpeningTab'
import { STAGE } from '@renderer/app/enum-labels'
import { L as LABELS } from './labels'
import { BidMaterialsTab } from './materials/BidMaterialsTab'
import { BidPartiesTab } from './parties/BidPartiesTab'
import { PARTIES } from './parties/labels'
import { NO_FILTER, type RequirementFilter } from '@shared/domain/bids/requirement-filter'
import { RequirementsTab } from './requirements/RequirementsTab'
import { SectionsTab } from './sections/SectionsTab'

export { tabOf } from '@shared/domain/bids/paths'

/** A bid package: every field a bid team tracks, by tab, with the check panel beside it. */
export function BidDetail({ id, focus }: { id: string; focus: string | null }) {
  const { lang } = useI18n()
  const L = useLabels(LABELS)
  const P = useLabels(PARTIES)
  const O = useLabels(OPEN)
  const ed = useDocEditor('bids', id)
  const d = ed.doc
  const b = { ...ed, doc: d! }
  // undefined until the bid is loaded: the sources follow its (edited) matrix.
  const checkSources = useCheckSources(
    id,
    d ? d.matrixId : undefined,
    d ? d.bond.proof.map((a) => a.sha256).join(',') : '',
  )
  const [tab, setTab] = useState(() => (focus ? tabOf(focus) : 'basic'))
  const [panel, setPanel] = useState(true)
  const [filter, setFilter] = useState<RequirementFilter>(NO_FILTER)
  const [focusReq, setFocusReq] = useState<{ path: string; n: number } | null>(
    focus ? { path: focus, n: 0 } : null,
  )
  const focusN = useRef(0)

  // A new ?focus= (a finding clicked here or a link from elsewhere) opens its tab and scrolls to the field.
  useEffect(() => {
    if (focus) setFocusReq({ path: focus, n: ++focusN.current })
  }, [focus])
  const loaded = d !== null
  useEffect(() => {
    if (!focusReq || !loaded) return
    setTab(tabOf(focusReq.path))
    return focusWhenReady(focusReq.path)
  }, [focusReq, loaded])
  const focusRow = useMemo(() => {
    const i = focusReq ? requirementIndex(focusReq.path) : null
    return i === null ? null : { index: i, n: focusReq!.n }
  }, [focusReq])
  const goTo = useCallback((path: string) => setFocusReq({ path, n: ++focusN.current }), [])

  const materials = checkSources?.materials ?? []

  return (
    <DetailShell
      kind="bids"
      ed={ed}
      extra={
        d && (
          <>
            <DueTag date={d.dates.submissionDeadline} />
            <Tag color="blue">{`${d.stage} ${enumLabel(STAGE, PIPELINE_STAGES[d.stage - 1], lang)}`}</Tag>
            <NextDeadlineTag bid={d} />
            <BidCompetitionLink bidId={d.id} />
            <TenderImportButton bidId={d.id} beforeOpen={ed.saveNow} onApplied={() => void ed.reload()} />
            <ExportButton
              bidId={d.id}
              beforeExport={ed.saveNow}
              onBidChanged={() => void ed.reload()}
              onGoBack={(findings) => findings[0] && goTo(findings[0].location.path)}
            />
            <Button
              icon={<SafetyCertificateOutlined />}
              onClick={() => setPanel((p) => !p)}
              data-testid="toggle-checks"
              type={panel ? 'default' : 'primary'}
            >
              {panel ? L.hideChecks : L.showChecks}
            </Button>
          </>
        )
      }
    >
      {d && (
        <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
          <div style={{ flex: 1, minWidth: 0 }}>
            <Tabs
              activeKey={tab}
              onChange={setTab}
              destroyOnHidden
              items={[
                { key: 'basic', label: L.tabBasic, children: <BidBasicTab b={b} /> },
                { key: 'dates', label: L.tabDates, children: <BidDatesTab b={b} /> },
                {
                  key: 'requirements',
                  label: (
                    <span data-testid="tab-requirements">
                      {fmt(L.tabRequirements, { n: d.requirements.length })}
                    </span>
                  ),
                  children: (
                    <RequirementsTab
                      bid={d}
                      set={ed.set}
                      materials={materials}
                      filter={filter}
                      onFilter={setFilter}
                      focusRow={focusRow}
                    />
                  ),
                },
                {
                  key: 'sections',
                  label: fmt(L.tabSections, { n: d.sections.length }),
                  children: (
                    <SectionsTab
                      b={b}
                      materials={materials}
                      server={{ saveNow: ed.saveNow, reload: ed.reload }}
                      matrix={checkSources?.matrix ?? null}
                      goTo={goTo}
                    />
                  ),
                },
                {
                  key: 'materials',
                  label: fmt(L.tabMaterials, { n: d.materialIds.length }),
                  children: <BidMaterialsTab b={b} materials={materials} />,
                },
                {
                  key: 'parties',
                  label: P.tab,
                  children: <BidPartiesTab b={b} materials={materials} />,
                },
                { key: 'quote', label: L.tabQuote, children: <BidQuoteTab b={b} /> },
                { key: 'people', label: L.tabPeople, children: <DecisionChainTab ed={b} /> },
                { key: 'log', label: L.tabLog, children: <BidLogTab b={b} /> },
                {
                  key: 'opening',
                  label: <span data-testid="tab-opening">{O.tab}</span>,
                  children: <OpeningTab ed={b} />,
                },
                { key: 'result', label: L.tabResult, children: <BidResultTab b={b} /> },
              ]}
            />
          </div>
          {panel && (
            <div style={{ width: 390, flex: 'none', position: 'sticky', top: 8 }}>
              <BidChecks ed={ed} ctx={checkSources} goTo={goTo} />
            </div>
          )}
        </div>
      )}
    </DetailShell>
  )
}
