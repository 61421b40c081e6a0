import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Col, Divider, Form, Input, Row, Select } from 'antd'
import { Controller, useFieldArray, type FieldError, type UseFormReturn } from 'react-hook-form'
import { useLabels } from '@renderer/app/use-labels'
import { L as LABELS } from './labels'
import type { Profile } from './useProfileEditor'

/** A field of the profile form with its message under it (the schema's own text, localised). */
function Field({
  label,
  error,
  children,
  span = 6,
}: {
  label: string
  error?: FieldError
  children: React.ReactNode
  span?: number
}) {
  return (
    <Col span={span}>
      <Form.Item
        label={label}
        validateStatus={error ? 'error' : undefined}
        help={error?.message}
        style={{ marginBottom: 12 }}
      >
        {children}
      </Form.Item>
    </Col>
  )
}

/**
 * The people every bid names: the 法定代表人 (what 法定代表人身份证明 asks: 性别、出生日期 → 年龄、职务、身份证号)
 * and the 授权代表 a 授权委托书 names, with the ID numbers the forms print.
 */
export function CompanyPeople({ form }: { form: UseFormReturn<Profile> }) {
  const L = useLabels(LABELS)
  const { control, formState } = form
  const errors = formState.errors.company
  const agents = useFieldArray({ control, name: 'company.agents' })
  return (
    <>
      <Divider titlePlacement="start">{L.legalRepSection}</Divider>
      <Row gutter={16}>
        <Field label={L.legalRepGender} error={errors?.legalRepGender}>
          <Controller
            name="company.legalRepGender"
            control={control}
            render={({ field }) => (
              <Select
                {...field}
                id="company-legalRepGender"
                allowClear
                onClear={() => field.onChange('')}
                options={[
                  { value: '男', label: L.male },
                  { value: '女', label: L.female },
                ]}
              />
            )}
          />
        </Field>
        <Field label={L.legalRepBirthDate} error={errors?.legalRepBirthDate}>
          <Controller
            name="company.legalRepBirthDate"
            control={control}
            render={({ field }) => (
              <Input
                {...field}
                value={field.value ?? ''}
                onChange={(e) => field.onChange(e.target.value === '' ? null : e.target.value)}
                placeholder="YYYY-MM-DD"
                id="company-legalRepBirthDate"
              />
            )}
          />
        </Field>
        <Field label={L.legalRepTitle} error={errors?.legalRepTitle}>
          <Controller
            name="company.legalRepTitle"
            control={control}
            render={({ field }) => <Input {...field} id="company-legalRepTitle" />}
          />
        </Field>
        <Field label={L.legalRepIdNumber} error={errors?.legalRepIdNumber}>
          <Controller
            name="company.legalRepIdNumber"
            control={control}
            render={({ field }) => <Input {...field} id="company-legalRepIdNumber" />}
          />
        </Field>
      </Row>
      <Divider titlePlacement="start">{L.agentsSection}</Divider>
      {agents.fields.map((a, i) => (
        <Row gutter={16} key={a.id} data-testid={`agent-${i}`} align="bottom">
          <Field label={L.agentName} error={errors?.agents?.[i]?.name}>
            <Controller
              name={`company.agents.${i}.name`}
              control={control}
              render={({ field }) => <Input {...field} id={`company-agents-${i}-name`} />}
            />
          </Field>
          <Field label={L.agentIdNumber} error={errors?.agents?.[i]?.idNumber} span={8}>
            <Controller
              name={`company.agents.${i}.idNumber`}
              control={control}
              render={({ field }) => <Input {...field} id={`company-agents-${i}-idNumber`} />}
            />
          </Field>
          <Field label={L.agentPhone} error={errors?.agents?.[i]?.phone}>
            <Controller
              name={`company.agents.${i}.phone`}
              control={control}
              render={({ field }) => <Input {...field} id={`company-agents-${i}-phone`} />}
            />
          </Field>
          <Col span={4}>
            <Form.Item style={{ marginBottom: 12 }}>
              <Button
                icon={<DeleteOutlined />}
                danger
                onClick={() => agents.remove(i)}
                aria-label={L.removeAgent}
                data-testid={`agent-remove-${i}`}
              />
            </Form.Item>
          </Col>
        </Row>
      ))}
      <Button
        icon={<PlusOutlined />}
        onClick={() => agents.append({ name: '', idNumber: '', phone: '', idCard: [] })}
        data-testid="agent-add"
      >
        {L.addAgent}
      </Button>
    </>
  )
}
