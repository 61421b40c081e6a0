import { Button, Card, Col, Input, Row, Space, Switch, Typography } from 'antd'
import { validateUscc } from '@shared/domain/uscc'
import type { WorkspaceInfo } from '@shared/contract'
import type { CompanyProfile } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'
import { useProfileEditor } from './useProfileEditor'

const FIELDS = [
  'name',
  'creditCode',
  'legalRep',
  'address',
  'phone',
  'bank',
  'bankAccount',
] as const satisfies readonly (keyof CompanyProfile & keyof typeof LABELS)[]

/** The company information library's core: what every form of every bid states about us. */
export function CompanyPage({
  ws,
  onWorkspace,
}: {
  ws: WorkspaceInfo
  onWorkspace(ws: WorkspaceInfo): void
}) {
  const { pick } = useI18n()
  const L = useLabels(LABELS)
  const { name, company: c, setName, setCompany, saveNow } = useProfileEditor(ws, onWorkspace)
  const setC = (next: CompanyProfile) => setCompany(next)
  const uscc = c.creditCode ? validateUscc(c.creditCode) : null
  return (
    <Card
      title={L.title}
      extra={
        <Button onClick={() => void saveNow()} data-testid="company-save">
          {L.save}
        </Button>
      }
    >
      <Row gutter={16}>
        <Col span={12}>
          <Typography.Text>{L.workspaceName}</Typography.Text>
          <Input value={name} onChange={(e) => setName(e.target.value)} style={{ marginBottom: 12 }} />
        </Col>
        {FIELDS.map((k) => (
          <Col span={12} key={k}>
            <Typography.Text>{L[k]}</Typography.Text>
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
            <Typography.Text>{L.sme}</Typography.Text>
            <Switch checked={c.sme} onChange={(v) => setC({ ...c, sme: v })} />
          </Space>
        </Col>
        <Col span={24} style={{ marginTop: 12 }}>
          <Typography.Text>{L.intro}</Typography.Text>
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
