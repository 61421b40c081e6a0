import { Alert, Card, Col, Row, Select, Form } from 'antd'
import { useEffect, useState } from 'react'
import { pairingAdvice } from '@shared/domain/negotiations'
import type { ChainPerson } from '@shared/domain/customers'
import { NegotiationStyleSchema, type Negotiation } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, enumOptions, fmt, useLabels } from '@renderer/app/use-labels'
import { ArrayTable } from '@renderer/components/ArrayTable'
import { MoneyField, SelectField, TagsField, TextAreaField, TextField } from '@renderer/components/fields'
import type { DocEditor } from '@renderer/hooks/useDocEditor'
import { KIND, PLAN, STANCE, STYLE } from './labels'
import { PhraseBook } from './PhraseBook'

type Ed = DocEditor<'negotiations'> & { doc: Negotiation }

/** The bid's decision chain (people of its customer), when the plan is linked to a bid that still exists. */
function useBidPeople(bidId: string | null): { people: ChainPerson[]; missing: boolean } {
  const [state, setState] = useState<{ people: ChainPerson[]; missing: boolean }>({
    people: [],
    missing: false,
  })
  useEffect(() => {
    if (!bidId) return setState({ people: [], missing: false })
    let live = true
    call('customers.chain', { bidId }).then(
      (people) => live && setState({ people, missing: false }),
      () => live && setState({ people: [], missing: true }),
    )
    return () => {
      live = false
    }
  }, [bidId])
  return state
}

function BidLink({ ed }: { ed: Ed }) {
  const L = useLabels(PLAN)
  const [bids, setBids] = useState<{ id: string; title: string }[]>([])
  useEffect(() => {
    void call('bids.list', {}).then((l) => setBids(l.map((b) => ({ id: b.id, title: b.title }))))
  }, [])
  return (
    <Form.Item label={L.bidLink} data-field="bidId" style={{ marginBottom: 12 }}>
      <Select
        id="f-bidId"
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder={L.standalone}
        value={ed.doc.bidId ?? undefined}
        options={bids.map((b) => ({ value: b.id, label: b.title }))}
        onChange={(v) => ed.set('bidId', v ?? null)}
      />
    </Form.Item>
  )
}

function Counterpart({ ed }: { ed: Ed }) {
  const L = useLabels(PLAN)
  const d = ed.doc
  const { people, missing } = useBidPeople(d.bidId)
  const known = new Set(people.map((p) => p.id))
  // Ids of people deleted from the bid stay visible (as their id) until the user removes them.
  const options = [
    ...people.map((p) => {
      const name = p.name || L.unnamed
      return {
        value: p.id,
        label: `${p.position ? fmt(L.withPosition, { name, position: p.position }) : name} · ${p.role} · ${p.level}`,
      }
    }),
    ...d.counterpart.personIds
      .filter((id) => !known.has(id))
      .map((id) => ({ value: id, label: fmt(L.personGone, { id }) })),
  ]
  return (
    <Row gutter={12}>
      <Col span={12}>
        <TextField b={ed} path={'counterpart.org'} label={L.org} />
      </Col>
      <Col span={12}>
        <BidLink ed={ed} />
      </Col>
      {d.bidId && (
        <Col span={24}>
          {missing && <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={L.bidGone} />}
          <Form.Item label={L.people} data-field="counterpart.personIds" style={{ marginBottom: 12 }}>
            <Select
              id="f-counterpart.personIds"
              mode="multiple"
              placeholder={people.length ? L.pickPeople : L.noPeople}
              value={d.counterpart.personIds}
              options={options}
              optionFilterProp="label"
              onChange={(v) => ed.set('counterpart.personIds', v)}
            />
          </Form.Item>
        </Col>
      )}
      <Col span={24}>
        <TagsField b={ed} path={'counterpart.people'} label={L.otherPeople} placeholder={L.typeName} />
      </Col>
    </Row>
  )
}

function Styles({ ed }: { ed: Ed }) {
  const L = useLabels(PLAN)
  const { lang, pick } = useI18n()
  const styles = enumOptions(NegotiationStyleSchema.options, STYLE, lang)
  const d = ed.doc
  const advice = d.ourStyle && d.counterpartStyle ? pairingAdvice(d.ourStyle, d.counterpartStyle) : null
  return (
    <Row gutter={12}>
      <Col span={6}>
        <SelectField
          b={ed}
          path={'kind'}
          label={L.kind}
          options={enumOptions(['一般性', '专门性', '外交性'], KIND, lang)}
        />
      </Col>
      <Col span={6}>
        <SelectField
          b={ed}
          path={'stance'}
          label={L.stance}
          options={enumOptions(['竞争型', '合作型', '双赢型'], STANCE, lang)}
        />
      </Col>
      <Col span={6}>
        <SelectField b={ed} path={'ourStyle'} label={L.ourStyle} options={styles} allowClear />
      </Col>
      <Col span={6}>
        <SelectField b={ed} path={'counterpartStyle'} label={L.theirStyle} options={styles} allowClear />
      </Col>
      {advice && (
        <Col span={24}>
          <Alert
            data-testid="pairing-advice"
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message={fmt(L.pairing, {
              ours: enumLabel(STYLE, d.ourStyle!, lang),
              theirs: enumLabel(STYLE, d.counterpartStyle!, lang),
            })}
            description={pick(advice)}
          />
        </Col>
      )}
    </Row>
  )
}

/** The plan itself: who, what kind, goals and BATNA, tradeables, styles, phase strategies, phrases, risks. */
export function PlanTab({ ed }: { ed: Ed }) {
  const L = useLabels(PLAN)
  return (
    <Row gutter={16}>
      <Col span={24}>
        <TextField b={ed} path={'title'} label={L.title} />
      </Col>
      <Col span={24}>
        <Card size="small" title={L.counterpart}>
          <Counterpart ed={ed} />
        </Card>
      </Col>
      <Col span={24} style={{ marginTop: 12 }}>
        <Styles ed={ed} />
      </Col>
      <Col span={24}>
        <TagsField b={ed} path={'preparationFactors'} label={L.factors} placeholder={L.factorsHint} />
      </Col>
      <Col span={24}>
        <Card size="small" title={L.goals}>
          <Row gutter={12}>
            <Col span={5}>
              <MoneyField b={ed} path={'openingPrice'} label={L.opening} />
            </Col>
            <Col span={5}>
              <MoneyField b={ed} path={'goals.ideal'} label={L.ideal} />
            </Col>
            <Col span={5}>
              <MoneyField b={ed} path={'goals.target'} label={L.target} />
            </Col>
            <Col span={5}>
              <MoneyField b={ed} path={'goals.walkAway'} label={L.walkAway} />
            </Col>
            <Col span={4}>
              <MoneyField b={ed} path={'goals.cost'} label={L.cost} help={L.costHelp} />
            </Col>
            <Col span={24}>
              <TextAreaField b={ed} path={'goals.batna'} label={L.batna} rows={2} />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={L.tradeables} style={{ marginTop: 12 }}>
          <ArrayTable
            b={ed}
            path={'tradeables'}
            newRow={() => ({ name: '', ourCost: null, theirValue: null, note: '' })}
            columns={[
              { key: 'name', title: L.colTerm },
              { key: 'ourCost', title: L.colOurCost, kind: 'money', width: 140 },
              { key: 'theirValue', title: L.colTheirValue, kind: 'money', width: 140 },
              { key: 'note', title: L.colNote },
            ]}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={L.strategies} style={{ marginTop: 12 }}>
          <Row gutter={12}>
            {(['opening', 'middle', 'closing'] as const).map((k, i) => (
              <Col span={8} key={k}>
                <TextAreaField
                  b={ed}
                  path={`strategies.${k}`}
                  label={[L.openingStrategy, L.middleStrategy, L.closingStrategy][i]}
                  rows={3}
                />
                <TextAreaField
                  b={ed}
                  path={`techniques.${k}`}
                  label={[L.openingTechnique, L.middleTechnique, L.closingTechnique][i]}
                  rows={2}
                />
              </Col>
            ))}
          </Row>
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title={L.phrases} style={{ marginTop: 12 }}>
          <PhraseBook ed={ed} />
        </Card>
      </Col>
      <Col span={24} style={{ marginTop: 12 }}>
        <TagsField b={ed} path={'risks'} label={L.risks} />
      </Col>
      <Col span={24}>
        <TextAreaField b={ed} path={'notes'} label={L.notes} />
      </Col>
    </Row>
  )
}
