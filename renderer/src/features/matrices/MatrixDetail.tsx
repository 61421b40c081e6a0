import { Card, Col, Row } from 'antd'
import { ArrayTable } from '../../components/ArrayTable'
import { DetailShell } from '../../components/DetailShell'
import { MoneyField, NumberField, SelectField, TextAreaField, TextField } from '../../components/fields'
import { useDocEditor } from '../../hooks/useDocEditor'

/** A scoring matrix: items, price rule and bidders. */
export function MatrixDetail({ id, focus }: { id: string; focus: string | null }) {
  const ed = useDocEditor('matrices', id)
  const d = ed.doc
  return (
    <DetailShell kind="matrices" ed={ed} focus={focus}>
      {d && (
        <Row gutter={16}>
          <Col span={12}><TextField b={ed} path={['title']} label="名称" /></Col>
          <Col span={6}><SelectField b={ed} path={['procurementCategory']} label="采购类别" options={['货物', '服务', '工程']} /></Col>
          <Col span={6}><MoneyField b={ed} path={['ourPrice']} label="我方报价" /></Col>
          <Col span={24}><Card size="small" title="评分项">
            <ArrayTable b={ed} path={['items']} newRow={() => ({ category: '技术', name: '', maxPoints: 0, criteria: '', kind: 'subjective', selfScore: null })} columns={[{ key: 'category', title: '类别', kind: 'select', options: ['价格', '商务', '技术', '其他'], width: 90 }, { key: 'name', title: '评分项', width: 180 }, { key: 'maxPoints', title: '分值', kind: 'number', width: 80 }, { key: 'criteria', title: '评分标准', kind: 'textarea' }, { key: 'kind', title: '客观/主观', kind: 'select', options: ['objective', 'subjective'], width: 120 }, { key: 'selfScore', title: '自评', kind: 'number', width: 80 }]} />
          </Card></Col>
          <Col span={24}><Card size="small" title="价格分规则" style={{ marginTop: 12 }}>
            <Row gutter={12}>
              <Col span={6}><SelectField b={ed} path={['priceRule', 'method']} label="方法" options={[{ value: 'lowest', label: '低价优先法' }, { value: 'average', label: '平均值基准法' }, { value: 'lowestEvaluated', label: '最低评标价法' }]} /></Col>
              <Col span={4}><NumberField b={ed} path={['priceRule', 'weight']} label="价格权值（分）" min={0} max={100} nullable={false} /></Col>
              <Col span={4}><NumberField b={ed} path={['priceRule', 'smeDeductionPct']} label="小微企业扣除 %" min={0} max={50} nullable={false} /></Col>
              <Col span={5}><SelectField b={ed} path={['priceRule', 'tieBreak']} label="同分处理" options={['技术分高者优先', '报价低者优先', '抽签']} /></Col>
            </Row>
          </Card></Col>
          <Col span={24}><Card size="small" title="投标人" style={{ marginTop: 12 }}>
            <ArrayTable b={ed} path={['bidders']} newRow={() => ({ name: '', isUs: false, sme: false, price: { low: null, likely: null, high: null } })} columns={[{ key: 'name', title: '投标人' }, { key: 'isUs', title: '我方', kind: 'switch', width: 70 }, { key: 'sme', title: '小微企业', kind: 'switch', width: 90 }]} />
          </Card></Col>
          <Col span={24}><TextAreaField b={ed} path={['notes']} label="备注" /></Col>
        </Row>
      )}
    </DetailShell>
  )
}
