import { Card, Col, Row } from 'antd'
import { BENCHMARK_DIMENSIONS } from '../../../../shared/schemas'
import { ArrayTable } from '../../components/ArrayTable'
import { DetailShell } from '../../components/DetailShell'
import { TagsField, TextAreaField, TextField } from '../../components/fields'
import { useDocEditor } from '../../hooks/useDocEditor'

/** A competitor: aliases, products, market share, references, account managers, benchmark and SWOT. */
export function CompetitorDetail({ id, focus }: { id: string; focus: string | null }) {
  const ed = useDocEditor('competitors', id)
  const d = ed.doc
  return (
    <DetailShell kind="competitors" ed={ed} focus={focus}>
      {d && (
        <Row gutter={16}>
          <Col span={12}><TextField b={ed} path={['title']} label="公司名称" /></Col>
          <Col span={12}><TagsField b={ed} path={['aliases']} label="简称 / 别名" /></Col>
          <Col span={12}><TagsField b={ed} path={['products']} label="产品" /></Col>
          <Col span={6}><TagsField b={ed} path={['strengths']} label="优势" /></Col>
          <Col span={6}><TagsField b={ed} path={['weaknesses']} label="劣势" /></Col>
          <Col span={24}><Card size="small" title="八维对标（0–10 分）">
            <ArrayTable b={ed} path={['benchmark']} newRow={() => ({ dimension: BENCHMARK_DIMENSIONS[0], us: null, them: null, evidence: '', date: null })} columns={[{ key: 'dimension', title: '维度', kind: 'select', options: BENCHMARK_DIMENSIONS, width: 170 }, { key: 'us', title: '我方', kind: 'number', width: 90 }, { key: 'them', title: '对手', kind: 'number', width: 90 }, { key: 'evidence', title: '依据', kind: 'textarea' }, { key: 'date', title: '日期', kind: 'date', width: 150 }]} />
          </Card></Col>
          <Col span={24}><Card size="small" title="细分市场份额（未知请留空，不要填 0）" style={{ marginTop: 12 }}>
            <ArrayTable b={ed} path={['segments']} newRow={() => ({ name: '', share: null, source: '', date: null })} rowKey="name" columns={[{ key: 'name', title: '细分市场' }, { key: 'share', title: '份额 %', kind: 'number', width: 100 }, { key: 'source', title: '来源' }, { key: 'date', title: '日期', kind: 'date', width: 150 }]} />
          </Card></Col>
          <Col span={12}><Card size="small" title="样板客户及评价" style={{ marginTop: 12 }}>
            <ArrayTable b={ed} path={['references']} newRow={() => ({ customer: '', rating: '', comment: '' })} rowKey="customer" columns={[{ key: 'customer', title: '客户' }, { key: 'rating', title: '评价' }]} />
          </Card></Col>
          <Col span={12}><Card size="small" title="客户经理与拜访" style={{ marginTop: 12 }}>
            <ArrayTable b={ed} path={['accountManagers']} newRow={() => ({ customer: '', name: '', visits: 0, leadersVisited: [] })} rowKey="name" columns={[{ key: 'customer', title: '客户' }, { key: 'name', title: '客户经理' }, { key: 'visits', title: '拜访次数', kind: 'number', width: 90 }]} />
          </Card></Col>
          {(['s', 'w', 'o', 't'] as const).map((k) => (
            <Col span={6} key={k} style={{ marginTop: 12 }}><TagsField b={ed} path={['swot', k]} label={{ s: 'S 优势', w: 'W 劣势', o: 'O 机会', t: 'T 威胁' }[k]} /></Col>
          ))}
          <Col span={24}><TextAreaField b={ed} path={['notes']} label="备注" /></Col>
        </Row>
      )}
    </DetailShell>
  )
}
