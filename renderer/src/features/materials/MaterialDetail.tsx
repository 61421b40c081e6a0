import { bufferToBase64 } from '@renderer/api/files'
import { UploadOutlined } from '@ant-design/icons'
import { App, Button, Col, Image, List, Row, Tag, message } from 'antd'
import { useEffect, useState } from 'react'
import { MATERIAL_KINDS, type Attachment } from '@shared/schemas'
import { call } from '@renderer/api/client'
import { useI18n } from '@renderer/app/i18n'
import { enumLabel, fmt, useLabels } from '@renderer/app/use-labels'
import { navigate } from '@renderer/app/router'
import { DetailShell } from '@renderer/components/DetailShell'
import { DueTag } from '@renderer/components/DueTag'
import {
  DateField,
  MoneyField,
  NumberField,
  SelectField,
  TagsField,
  TextAreaField,
  TextField,
} from '@renderer/components/fields'
import { useDocEditor } from '@renderer/hooks/useDocEditor'
import { MATERIAL_KIND as KIND } from '@renderer/app/enum-labels'
import { L as LABELS } from './labels'
import { RenewDialog } from './RenewDialog'
import { showRenewed } from './renewed'
import { errorMessage } from '@renderer/api/error-text'

function AttachmentPreview({ a }: { a: Attachment }) {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    if (!a.mime.startsWith('image/') && a.mime !== 'application/pdf') return
    let u: string | null = null
    void call('files.get', { sha256: a.sha256 }).then(({ dataBase64 }) => {
      const bin = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0))
      u = URL.createObjectURL(new Blob([bin], { type: a.mime }))
      setUrl(u)
    })
    return () => {
      if (u) URL.revokeObjectURL(u)
    }
  }, [a.sha256, a.mime])
  if (!url) return null
  if (a.mime === 'application/pdf')
    return <object data={url} type="application/pdf" width="100%" height={420} aria-label={a.name} />
  return <Image src={url} width={240} alt={a.name} />
}

/** A library material (DOMAIN.md §10): validity, issuer, number, kind-specific fields and attachments. */
export function MaterialDetail({ id, focus }: { id: string; focus: string | null }) {
  const ed = useDocEditor('materials', id)
  const d = ed.doc
  const { modal } = App.useApp()
  const { lang, pick } = useI18n()
  const L = useLabels(LABELS)
  const [renewing, setRenewing] = useState(false)
  const upload = async (file: File) => {
    try {
      const att = await call('files.put', {
        name: file.name,
        mime: file.type || 'application/octet-stream',
        dataBase64: bufferToBase64(await file.arrayBuffer()),
      })
      if (d) ed.set('attachments', [...d.attachments.filter((x) => x.sha256 !== att.sha256), att])
    } catch (e) {
      message.error(pick(errorMessage(e)))
    }
  }
  return (
    <DetailShell
      kind="materials"
      ed={ed}
      focus={focus}
      extra={
        d && (
          <>
            {d.validTo && <DueTag date={d.validTo} />}
            {d.supersedes && (
              <Tag style={{ cursor: 'pointer' }} onClick={() => navigate('materials', d.supersedes!)}>
                {fmt(L.supersedes, { id: d.supersedes })}
              </Tag>
            )}
            <Button
              onClick={async () => {
                // Renewal copies the saved material: pending edits go first.
                await ed.saveNow()
                setRenewing(true)
              }}
              data-testid="material-renew"
            >
              {L.renew}
            </Button>
          </>
        )
      }
    >
      {d && (
        <Row gutter={16}>
          <Col span={12}>
            <TextField b={ed} path={'title'} label={L.name} />
          </Col>
          <Col span={6}>
            <SelectField
              b={ed}
              path={'kind'}
              label={L.kind}
              options={MATERIAL_KINDS.map((k) => ({ value: k, label: enumLabel(KIND, k, lang) }))}
            />
          </Col>
          <Col span={6}>
            <TextField b={ed} path={'owner'} label={L.owner} />
          </Col>
          <Col span={8}>
            <TextField b={ed} path={'issuer'} label={L.issuer} />
          </Col>
          <Col span={8}>
            <TextField b={ed} path={'number'} label={L.number} />
          </Col>
          <Col span={4}>
            <DateField b={ed} path={'validFrom'} label={L.validFrom} />
          </Col>
          <Col span={4}>
            <DateField b={ed} path={'validTo'} label={L.validTo} />
          </Col>
          <Col span={12}>
            <TagsField b={ed} path={'tags'} label={L.tags} />
          </Col>
          {d.kind === '人员证书' && (
            <Col span={6}>
              <TextField b={ed} path={'holder'} label={L.holder} />
            </Col>
          )}
          {(d.kind === '财务报表' || d.kind === '纳税/社保证明') && (
            <Col span={6}>
              <NumberField b={ed} path={'year'} label={L.year} min={1990} max={2100} />
            </Col>
          )}
          {d.kind === '样板客户/类似业绩' && (
            <>
              <Col span={8}>
                <TextField b={ed} path={'reference.customer'} label={L.customer} />
              </Col>
              <Col span={4}>
                <TextField b={ed} path={'reference.industry'} label={L.industry} />
              </Col>
              <Col span={6}>
                <MoneyField b={ed} path={'reference.amount'} label={L.contractAmount} />
              </Col>
              <Col span={6}>
                <DateField b={ed} path={'reference.contractDate'} label={L.contractDate} />
              </Col>
              <Col span={12}>
                <TextField b={ed} path={'reference.contact'} label={L.contact} />
              </Col>
              <Col span={12}>
                <TextField b={ed} path={'reference.rating'} label={L.rating} />
              </Col>
            </>
          )}
          <Col span={24}>
            <TextAreaField b={ed} path={'content'} label={L.content} rows={4} />
          </Col>
          <Col span={24}>
            <label className="ant-btn ant-btn-default" style={{ cursor: 'pointer' }}>
              <UploadOutlined /> {L.upload}
              <input
                type="file"
                hidden
                accept="image/*,application/pdf"
                onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])}
                data-testid="upload"
              />
            </label>
            <List
              style={{ marginTop: 8 }}
              dataSource={d.attachments}
              renderItem={(a) => (
                <List.Item
                  actions={[
                    <Button
                      key="rm"
                      size="small"
                      danger
                      onClick={() =>
                        ed.set(
                          'attachments',
                          d.attachments.filter((x) => x.sha256 !== a.sha256),
                        )
                      }
                    >
                      {L.remove}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={a.name}
                    description={`${(a.size / 1024).toFixed(1)} KB · sha256 ${a.sha256.slice(0, 12)}…`}
                  />
                  <AttachmentPreview a={a} />
                </List.Item>
              )}
            />
          </Col>
        </Row>
      )}
      {renewing && d && (
        <RenewDialog
          material={d}
          onCancel={() => setRenewing(false)}
          onDone={(r) => {
            setRenewing(false)
            showRenewed(modal, r, () => navigate('materials', r.material.id), lang)
          }}
        />
      )}
    </DetailShell>
  )
}
