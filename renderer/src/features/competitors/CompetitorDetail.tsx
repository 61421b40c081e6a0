import { Col, Row, Tabs } from 'antd'
import type { Competitor } from '../../../../shared/schemas'
import { DetailShell } from '../../components/DetailShell'
import { TagsField, TextAreaField } from '../../components/fields'
import { useDocEditor } from '../../hooks/useDocEditor'
import { BenchmarkEditor } from './BenchmarkEditor'
import { NamesEditor } from './NamesEditor'
import { ProfileTables } from './ProfileTables'
import { SwotEditor } from './SwotEditor'

/** A competitor: names, products, market share, references, account managers, benchmark with radar, SWOT. */
export function CompetitorDetail({ id, focus }: { id: string; focus: string | null }) {
  const ed = useDocEditor('competitors', id)
  const d = ed.doc
  const patch = (p: Partial<Competitor>) => ed.doc && ed.replace({ ...ed.doc, ...p })
  return (
    <DetailShell kind="competitors" ed={ed} focus={focus}>
      {d && (
        <>
          <NamesEditor doc={d} apply={patch} />
          <Tabs
            defaultActiveKey="benchmark"
            items={[
              {
                key: 'benchmark',
                label: '八维对标',
                children: (
                  <BenchmarkEditor doc={d} setBenchmark={(benchmark) => ed.set(['benchmark'], benchmark)} />
                ),
              },
              {
                key: 'profile',
                label: '产品与优劣势',
                children: (
                  <Row gutter={16}>
                    <Col span={24}>
                      <TagsField b={ed} path={['products']} label="产品" placeholder="回车添加" />
                    </Col>
                    <Col span={12}>
                      <TagsField b={ed} path={['strengths']} label="优势" placeholder="回车添加" />
                    </Col>
                    <Col span={12}>
                      <TagsField b={ed} path={['weaknesses']} label="劣势" placeholder="回车添加" />
                    </Col>
                    <Col span={24}>
                      <TextAreaField b={ed} path={['notes']} label="备注" />
                    </Col>
                  </Row>
                ),
              },
              {
                key: 'market',
                label: '市场与客户',
                children: <ProfileTables doc={d} set={(key, rows) => ed.set([key], rows)} />,
              },
              {
                key: 'swot',
                label: 'SWOT',
                children: <SwotEditor doc={d} setSwot={(q, items) => ed.set(['swot', q], items)} />,
              },
            ]}
          />
        </>
      )}
    </DetailShell>
  )
}
