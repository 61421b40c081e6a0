import { Alert, Card, Col, Row, Select, Form } from 'antd'
import { useEffect, useState } from 'react'
import { pairingAdvice } from '../../../../shared/domain/concession'
import { NegotiationStyleSchema, type Negotiation, type Person } from '../../../../shared/schemas'
import { call } from '../../api/client'
import { ArrayTable } from '../../components/ArrayTable'
import { MoneyField, SelectField, TagsField, TextAreaField, TextField } from '../../components/fields'
import type { DocEditor } from '../../hooks/useDocEditor'
import { PhraseBook } from './PhraseBook'

type Ed = DocEditor<'negotiations'> & { doc: Negotiation }

/** The bid's decision chain, when the plan is linked to a bid that still exists. */
function useBidPeople(bidId: string | null): { people: Person[]; missing: boolean } {
  const [state, setState] = useState<{ people: Person[]; missing: boolean }>({ people: [], missing: false })
  useEffect(() => {
    if (!bidId) return setState({ people: [], missing: false })
    let live = true
    call('bids.get', { id: bidId }).then(
      (b) => live && setState({ people: b.people, missing: false }),
      () => live && setState({ people: [], missing: true }),
    )
    return () => {
      live = false
    }
  }, [bidId])
  return state
}

function BidLink({ ed }: { ed: Ed }) {
  const [bids, setBids] = useState<{ id: string; title: string }[]>([])
  useEffect(() => {
    void call('bids.list', {}).then((l) => setBids(l.map((b) => ({ id: b.id, title: b.title }))))
  }, [])
  return (
    <Form.Item label="关联投标项目" data-field="bidId" style={{ marginBottom: 12 }}>
      <Select
        id="f-bidId"
        allowClear
        showSearch
        optionFilterProp="label"
        placeholder="独立谈判（不关联项目）"
        value={ed.doc.bidId ?? undefined}
        options={bids.map((b) => ({ value: b.id, label: b.title }))}
        onChange={(v) => ed.set(['bidId'], v ?? null)}
      />
    </Form.Item>
  )
}

function Counterpart({ ed }: { ed: Ed }) {
  const d = ed.doc
  const { people, missing } = useBidPeople(d.bidId)
  const known = new Set(people.map((p) => p.id))
  // Ids of people deleted from the bid stay visible (as their id) until the user removes them.
  const options = [
    ...people.map((p) => ({
      value: p.id,
      label: `${p.name || '（未命名）'}${p.position ? `（${p.position}）` : ''} · ${p.role} · ${p.level}`,
    })),
    ...d.counterpart.personIds
      .filter((id) => !known.has(id))
      .map((id) => ({ value: id, label: `${id}（项目中已不存在）` })),
  ]
  return (
    <Row gutter={12}>
      <Col span={12}>
        <TextField b={ed} path={['counterpart', 'org']} label="对方单位" />
      </Col>
      <Col span={12}>
        <BidLink ed={ed} />
      </Col>
      {d.bidId && (
        <Col span={24}>
          {missing && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              message="关联的投标项目已不存在（可能已删除），无法读取其决策链。"
            />
          )}
          <Form.Item
            label="对方人员（来自项目决策链）"
            data-field="counterpart.personIds"
            style={{ marginBottom: 12 }}
          >
            <Select
              id="f-counterpart.personIds"
              mode="multiple"
              placeholder={people.length ? '选择决策链中的人员' : '该项目尚未登记决策链人员'}
              value={d.counterpart.personIds}
              options={options}
              optionFilterProp="label"
              onChange={(v) => ed.set(['counterpart', 'personIds'], v)}
            />
          </Form.Item>
        </Col>
      )}
      <Col span={24}>
        <TagsField
          b={ed}
          path={['counterpart', 'people']}
          label="其他对方人员（自由填写姓名）"
          placeholder="输入姓名后回车"
        />
      </Col>
    </Row>
  )
}

function Styles({ ed }: { ed: Ed }) {
  const d = ed.doc
  const advice = d.ourStyle && d.counterpartStyle ? pairingAdvice(d.ourStyle, d.counterpartStyle) : null
  return (
    <Row gutter={12}>
      <Col span={6}>
        <SelectField b={ed} path={['kind']} label="谈判类型" options={['一般性', '专门性', '外交性']} />
      </Col>
      <Col span={6}>
        <SelectField b={ed} path={['stance']} label="谈判取向" options={['竞争型', '合作型', '双赢型']} />
      </Col>
      <Col span={6}>
        <SelectField
          b={ed}
          path={['ourStyle']}
          label="我方风格"
          options={NegotiationStyleSchema.options}
          allowClear
        />
      </Col>
      <Col span={6}>
        <SelectField
          b={ed}
          path={['counterpartStyle']}
          label="对方风格"
          options={NegotiationStyleSchema.options}
          allowClear
        />
      </Col>
      {advice && (
        <Col span={24}>
          <Alert
            data-testid="pairing-advice"
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            message={`风格搭配建议（我方${d.ourStyle} × 对方${d.counterpartStyle}）`}
            description={advice.zh}
          />
        </Col>
      )}
    </Row>
  )
}

/** The plan itself: who, what kind, goals and BATNA, tradeables, styles, phase strategies, phrases, risks. */
export function PlanTab({ ed }: { ed: Ed }) {
  return (
    <Row gutter={16}>
      <Col span={24}>
        <TextField b={ed} path={['title']} label="名称" />
      </Col>
      <Col span={24}>
        <Card size="small" title="谈判对象">
          <Counterpart ed={ed} />
        </Card>
      </Col>
      <Col span={24} style={{ marginTop: 12 }}>
        <Styles ed={ed} />
      </Col>
      <Col span={24}>
        <TagsField
          b={ed}
          path={['preparationFactors']}
          label="准备因素"
          placeholder="如：对方降本指标、签约期限、替换成本"
        />
      </Col>
      <Col span={24}>
        <Card size="small" title="目标与底线">
          <Row gutter={12}>
            <Col span={6}>
              <MoneyField b={ed} path={['openingPrice']} label="开价" />
            </Col>
            <Col span={6}>
              <MoneyField b={ed} path={['goals', 'ideal']} label="理想目标" />
            </Col>
            <Col span={6}>
              <MoneyField b={ed} path={['goals', 'target']} label="现实目标" />
            </Col>
            <Col span={6}>
              <MoneyField b={ed} path={['goals', 'walkAway']} label="底线" />
            </Col>
            <Col span={24}>
              <TextAreaField b={ed} path={['goals', 'batna']} label="退路（BATNA）" rows={2} />
            </Col>
          </Row>
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title="可交换条件" style={{ marginTop: 12 }}>
          <ArrayTable
            b={ed}
            path={['tradeables']}
            newRow={() => ({ name: '', ourCost: null, theirValue: null, note: '' })}
            columns={[
              { key: 'name', title: '条件（价格、付款、交付、质保、培训、服务水平…）' },
              { key: 'ourCost', title: '我方成本（元）', kind: 'number', width: 140 },
              { key: 'theirValue', title: '对方价值（元）', kind: 'number', width: 140 },
              { key: 'note', title: '说明' },
            ]}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title="分阶段策略与技巧" style={{ marginTop: 12 }}>
          <Row gutter={12}>
            {(['opening', 'middle', 'closing'] as const).map((k, i) => (
              <Col span={8} key={k}>
                <TextAreaField
                  b={ed}
                  path={['strategies', k]}
                  label={['开局策略', '中期策略', '后期策略'][i]}
                  rows={3}
                />
                <TextAreaField
                  b={ed}
                  path={['techniques', k]}
                  label={['开场技巧', '中场技巧', '收场技巧'][i]}
                  rows={2}
                />
              </Col>
            ))}
          </Row>
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title="话术库" style={{ marginTop: 12 }}>
          <PhraseBook ed={ed} />
        </Card>
      </Col>
      <Col span={24} style={{ marginTop: 12 }}>
        <TagsField b={ed} path={['risks']} label="风险" />
      </Col>
      <Col span={24}>
        <TextAreaField b={ed} path={['notes']} label="备注" />
      </Col>
    </Row>
  )
}
