import { FileWordOutlined } from '@ant-design/icons'
import { Button, Tabs, message } from 'antd'
import { useCallback, useEffect, useRef, useState } from 'react'
import { concessionTotal, type BuyerParams } from '@shared/domain/negotiations'
import type { Negotiation } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { DetailShell } from '@renderer/components/DetailShell'
import { useDocEditor } from '@renderer/hooks/useDocEditor'
import { downloadBase64 } from '@renderer/api/files'
import { ConcessionTab } from './ConcessionTab'
import { DETAIL } from './labels'
import { PlanTab } from './PlanTab'
import { defaultBuyer } from './plan-input'
import { RehearsalTab } from './RehearsalTab'
import { SimulatorTab } from './SimulatorTab'
import { StyleTestTab } from './StyleTestTab'
import { errorMessage } from '@renderer/api/error-text'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

function tabOf(focus: string | null): string {
  if (!focus) return 'plan'
  if (focus.startsWith('concession')) return 'concession'
  if (focus.startsWith('rehearsals')) return 'rehearsal'
  if (focus.startsWith('styleResults')) return 'style'
  return 'plan'
}

/**
 * A negotiation plan: the plan itself, the concession plan, the simulator, rehearsal mode and the
 * style test, with the Word brief one click away. The simulated buyer is shared by the simulator and
 * the rehearsal, so a buyer tuned in one is the buyer met in the other.
 */
export function NegotiationDetail({ id, focus }: { id: string; focus: string | null }) {
  const L = useLabels(DETAIL)
  const { pick } = useI18n()
  const ed = useDocEditor('negotiations', id)
  const d = ed.doc
  const [tab, setTab] = useState(() => tabOf(focus))
  const [buyer, setBuyer] = useState<BuyerParams | null>(null)
  const [exporting, setExporting] = useState(false)
  const opening = d?.openingPrice ?? null
  const total = d ? concessionTotal(d) : 0
  const style = d?.counterpartStyle ?? null
  const edited = useRef(false)
  // Until the user edits the buyer it follows the plan (opening price, budget, counterpart style);
  // after that, the user's buyer is kept whatever changes in the plan.
  useEffect(() => {
    if (!d || edited.current) return
    setBuyer(defaultBuyer(d))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [opening, total, style, d !== null])
  const onBuyer = useCallback((b: BuyerParams) => {
    edited.current = true
    setBuyer(b)
  }, [])
  const resetBuyer = () => {
    edited.current = false
    if (d) setBuyer(defaultBuyer(d))
  }

  const brief = async () => {
    setExporting(true)
    try {
      await ed.saveNow()
      const r = await call('negotiations.brief', { planId: id })
      downloadBase64(r.dataBase64, r.fileName, DOCX)
    } catch (e) {
      message.error(pick(errorMessage(e)))
    } finally {
      setExporting(false)
    }
  }
  const e = { ...ed, doc: d as Negotiation }
  return (
    <DetailShell
      kind="negotiations"
      ed={ed}
      focus={focus}
      extra={
        <Button
          icon={<FileWordOutlined />}
          loading={exporting}
          onClick={() => void brief()}
          data-testid="export-brief"
        >
          {L.exportBrief}
        </Button>
      }
    >
      {d && (
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            { key: 'plan', label: L.tabPlan, children: <PlanTab ed={e} /> },
            { key: 'concession', label: L.tabConcession, children: <ConcessionTab ed={e} /> },
            {
              key: 'simulator',
              label: L.tabSimulator,
              children: <SimulatorTab d={d} buyer={buyer} onBuyer={onBuyer} onResetBuyer={resetBuyer} />,
            },
            {
              key: 'rehearsal',
              label: fmt(L.tabRehearsal, { n: d.rehearsals.length }),
              children: <RehearsalTab ed={e} buyer={buyer} onBuyer={onBuyer} />,
            },
            {
              key: 'style',
              label: fmt(L.tabStyle, { n: d.styleResults.length }),
              children: <StyleTestTab ed={e} />,
            },
          ]}
        />
      )}
    </DetailShell>
  )
}
