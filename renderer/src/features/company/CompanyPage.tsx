import { Button, Card, Col, Input, Row, Space, Switch, Typography, message } from 'antd'
import { useState } from 'react'
import { validateUscc } from '../../../../shared/domain/uscc'
import type { WorkspaceInfo } from '../../../../shared/contract'
import type { CompanyProfile } from '../../../../shared/schemas'
import { ApiError, call } from '../../api/client'
import { useI18n } from '../../app/i18n'

const FIELDS: [keyof CompanyProfile, string][] = [
  ['name', '公司名称'],
  ['creditCode', '统一社会信用代码'],
  ['legalRep', '法定代表人'],
  ['address', '地址'],
  ['phone', '电话'],
  ['bank', '开户银行'],
  ['bankAccount', '银行账号'],
]

/** The company information library's core: what every form of every bid states about us. */
export function CompanyPage({
  ws,
  onWorkspace,
}: {
  ws: WorkspaceInfo
  onWorkspace(ws: WorkspaceInfo): void
}) {
  const { pick } = useI18n()
  const [c, setC] = useState<CompanyProfile>(ws.company)
  const [name, setName] = useState(ws.name)
  const [busy, setBusy] = useState(false)
  const uscc = c.creditCode ? validateUscc(c.creditCode) : null
  const save = async () => {
    setBusy(true)
    try {
      onWorkspace(await call('workspace.saveProfile', { name, company: c }))
      message.success('已保存 / Saved')
    } catch (e) {
      message.error(e instanceof ApiError ? pick({ zh: e.zh, en: e.en }) : String(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card
      title="公司信息 / Company profile"
      extra={
        <Button type="primary" loading={busy} onClick={save} data-testid="company-save">
          保存
        </Button>
      }
    >
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Text>工作区名称</Typography.Text>
          <Input value={name} onChange={(e) => setName(e.target.value)} style={{ marginBottom: 12 }} />
        </Col>
        {FIELDS.map(([k, label]) => (
          <Col span={12} key={k}>
            <Typography.Text>{label}</Typography.Text>
            <Input
              id={`company-${k}`}
              value={c[k] as string}
              onChange={(e) => setC({ ...c, [k]: e.target.value })}
              status={k === 'creditCode' && uscc && !uscc.ok ? 'error' : undefined}
              style={{ marginBottom: 4 }}
            />
            {k === 'creditCode' && uscc && !uscc.ok && (
              <Typography.Text type="danger">{pick(uscc)}</Typography.Text>
            )}
          </Col>
        ))}
        <Col span={24} style={{ marginTop: 8 }}>
          <Space>
            <Typography.Text>小微企业</Typography.Text>
            <Switch checked={c.sme} onChange={(v) => setC({ ...c, sme: v })} />
          </Space>
        </Col>
        <Col span={24} style={{ marginTop: 12 }}>
          <Typography.Text>公司简介</Typography.Text>
          <Input.TextArea
            autoSize={{ minRows: 3 }}
            value={c.intro}
            onChange={(e) => setC({ ...c, intro: e.target.value })}
          />
        </Col>
      </Row>
    </Card>
  )
}
