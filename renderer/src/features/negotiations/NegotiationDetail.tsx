import { Card, Col, Row } from 'antd'
import { CONCESSION_PATTERN_NAMES, NegotiationStyleSchema } from '../../../../shared/schemas'
import { ArrayTable } from '../../components/ArrayTable'
import { DetailShell } from '../../components/DetailShell'
import { MoneyField, NumberField, SelectField, TagsField, TextAreaField, TextField } from '../../components/fields'
import { useDocEditor } from '../../hooks/useDocEditor'

/** A negotiation plan: goals and walk-away, tradeables, styles, phase strategies, concession plan. */
export function NegotiationDetail({ id, focus }: { id: string; focus: string | null }) {
  const ed = useDocEditor('negotiations', id)
  const d = ed.doc
  return (
    <DetailShell kind="negotiations" ed={ed} focus={focus}>
      {d && (
        <Row gutter={16}>
          <Col span={12}><TextField b={ed} path={['title']} label="名称" /></Col>
          <Col span={12}><TextField b={ed} path={['counterpart', 'org']} label="对方单位" /></Col>
          <Col span={6}><SelectField b={ed} path={['kind']} label="谈判类型" options={['一般性', '专门性', '外交性']} /></Col>
          <Col span={6}><SelectField b={ed} path={['stance']} label="谈判取向" options={['竞争型', '合作型', '双赢型']} /></Col>
          <Col span={6}><SelectField b={ed} path={['ourStyle']} label="我方风格" options={NegotiationStyleSchema.options} allowClear /></Col>
          <Col span={6}><SelectField b={ed} path={['counterpartStyle']} label="对方风格" options={NegotiationStyleSchema.options} allowClear /></Col>
          <Col span={24}><TagsField b={ed} path={['counterpart', 'people']} label="对方人员" /></Col>
          <Col span={24}><TagsField b={ed} path={['preparationFactors']} label="准备因素" /></Col>
          <Col span={24}><Card size="small" title="目标与底线">
            <Row gutter={12}>
              <Col span={6}><MoneyField b={ed} path={['openingPrice']} label="开价" /></Col>
              <Col span={6}><MoneyField b={ed} path={['goals', 'ideal']} label="理想目标" /></Col>
              <Col span={6}><MoneyField b={ed} path={['goals', 'target']} label="现实目标" /></Col>
              <Col span={6}><MoneyField b={ed} path={['goals', 'walkAway']} label="底线" /></Col>
              <Col span={24}><TextAreaField b={ed} path={['goals', 'batna']} label="退路（BATNA）" rows={2} /></Col>
            </Row>
          </Card></Col>
          <Col span={24}><Card size="small" title="可交换条件" style={{ marginTop: 12 }}>
            <ArrayTable b={ed} path={['tradeables']} newRow={() => ({ name: '', ourCost: null, theirValue: null, note: '' })} columns={[{ key: 'name', title: '条件' }, { key: 'ourCost', title: '我方成本', kind: 'number', width: 130 }, { key: 'theirValue', title: '对方价值', kind: 'number', width: 130 }, { key: 'note', title: '说明' }]} />
          </Card></Col>
          <Col span={24}><Card size="small" title="分阶段策略" style={{ marginTop: 12 }}>
            <Row gutter={12}>
              {(['opening', 'middle', 'closing'] as const).map((k, i) => (
                <Col span={8} key={k}>
                  <TextAreaField b={ed} path={['strategies', k]} label={['开局策略', '中期策略', '后期策略'][i]} rows={3} />
                  <TextAreaField b={ed} path={['techniques', k]} label={['开场技巧', '中场技巧', '收场技巧'][i]} rows={2} />
                </Col>
              ))}
            </Row>
          </Card></Col>
          <Col span={24}><Card size="small" title="让步计划" style={{ marginTop: 12 }}>
            <Row gutter={12}>
              <Col span={8}><SelectField b={ed} path={['concession', 'pattern']} label="让步模式" options={[...CONCESSION_PATTERN_NAMES, '自定义']} /></Col>
              <Col span={8}><NumberField b={ed} path={['concession', 'total']} label="让步总额" min={0} nullable={false} /></Col>
              <Col span={8}><NumberField b={ed} path={['concession', 'rounds']} label="轮次" min={2} max={12} nullable={false} /></Col>
            </Row>
          </Card></Col>
          <Col span={24}><TagsField b={ed} path={['risks']} label="风险" /></Col>
          <Col span={24}><TextAreaField b={ed} path={['notes']} label="备注" /></Col>
        </Row>
      )}
    </DetailShell>
  )
}
