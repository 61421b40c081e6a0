import { Button, Card, Col, Form, Input, InputNumber, Row, Switch } from 'antd'
import { Controller, useWatch } from 'react-hook-form'
import { validateUscc } from '@shared/domain/uscc'
import type { WorkspaceInfo } from '@shared/contract'
import type { CompanyProfile } from '@shared/schemas'
import { useI18n } from '@renderer/app/i18n'
import { useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'
import { CompanyPeople } from './CompanyPeople'
import { useProfileEditor } from './useProfileEditor'

/** Last year's figures of the 中小企业声明函 (财库〔2020〕46号), judged under 工信部联企业〔2011〕300号 (L14). */
const FIGURES = ['employees', 'revenueWan', 'assetsWan'] as const satisfies readonly (keyof CompanyProfile &
  keyof typeof LABELS)[]

const FIELDS = [
  'name',
  'creditCode',
  'legalRep',
  'address',
  'phone',
  'bank',
  'bankAccount',
  'basicAccount',
  'nature',
  'foundedDate',
  'registeredCapital',
  'postcode',
  'fax',
  'email',
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
  const { form, saveNow } = useProfileEditor(ws, onWorkspace)
  const { control, formState } = form
  const creditCode = useWatch({ control, name: 'company.creditCode' })
  const uscc = creditCode ? validateUscc(creditCode) : null
  const errors = formState.errors
  return (
    <Card
      title={L.title}
      extra={
        <Button onClick={() => void saveNow()} data-testid="company-save">
          {L.save}
        </Button>
      }
    >
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              label={L.workspaceName}
              validateStatus={errors.name ? 'error' : undefined}
              help={errors.name?.message}
              style={{ marginBottom: 12 }}
            >
              <Controller
                name="name"
                control={control}
                render={({ field }) => <Input {...field} id="company-workspace-name" />}
              />
            </Form.Item>
          </Col>
          {FIELDS.map((k) => {
            // The check digit is advice at the field; the schema's own problems come first.
            const usccProblem = k === 'creditCode' && uscc && !uscc.ok ? pick(uscc) : undefined
            const problem = errors.company?.[k]?.message ?? usccProblem
            return (
              <Col span={12} key={k}>
                <Form.Item
                  label={L[k]}
                  validateStatus={problem ? 'error' : undefined}
                  help={problem}
                  style={{ marginBottom: 12 }}
                >
                  <Controller
                    name={`company.${k}`}
                    control={control}
                    render={({ field }) => (
                      <Input
                        {...field}
                        value={field.value ?? ''}
                        // an optional date is null when empty, not ''
                        onChange={(e) =>
                          field.onChange(k === 'foundedDate' && e.target.value === '' ? null : e.target.value)
                        }
                        id={`company-${k}`}
                        placeholder={k === 'foundedDate' ? 'YYYY-MM-DD' : undefined}
                      />
                    )}
                  />
                </Form.Item>
              </Col>
            )
          })}
          <Col span={24}>
            <CompanyPeople form={form} />
          </Col>
          <Col span={24}>
            <Form.Item label={L.sme} style={{ marginBottom: 12 }}>
              <Controller
                name="company.sme"
                control={control}
                render={({ field }) => (
                  <Switch checked={field.value} onChange={field.onChange} id="company-sme" />
                )}
              />
            </Form.Item>
          </Col>
          {FIGURES.map((k) => (
            <Col span={8} key={k}>
              <Form.Item
                label={L[k]}
                validateStatus={errors.company?.[k] ? 'error' : undefined}
                help={errors.company?.[k]?.message ?? (k === 'employees' ? L.figuresNote : undefined)}
                style={{ marginBottom: 12 }}
              >
                <Controller
                  name={`company.${k}`}
                  control={control}
                  render={({ field }) => (
                    <InputNumber
                      id={`company-${k}`}
                      style={{ width: '100%' }}
                      min={0}
                      precision={k === 'employees' ? 0 : 2}
                      value={field.value ?? null}
                      onChange={(v) => field.onChange(typeof v === 'number' ? v : null)}
                      onBlur={field.onBlur}
                    />
                  )}
                />
              </Form.Item>
            </Col>
          ))}
          <Col span={24}>
            <Form.Item
              label={L.intro}
              validateStatus={errors.company?.intro ? 'error' : undefined}
              help={errors.company?.intro?.message}
            >
              <Controller
                name="company.intro"
                control={control}
                render={({ field }) => <Input.TextArea {...field} autoSize={{ minRows: 3 }} />}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  )
}
