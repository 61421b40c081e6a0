import { bufferToBase64 } from '../../api/files'
import { UploadOutlined } from '@ant-design/icons'
import { App, Button, Col, Image, List, Row, Tag, message } from 'antd'
import { useEffect, useState } from 'react'
import { MATERIAL_KINDS, type Attachment } from '../../../../shared/schemas'
import { ApiError, call } from '../../api/client'
import { navigate } from '../../app/router'
import { DetailShell } from '../../components/DetailShell'
import { DueTag } from '../../components/DueTag'
import {
  DateField,
  MoneyField,
  NumberField,
  SelectField,
  TagsField,
  TextAreaField,
  TextField,
} from '../../components/fields'
import { useDocEditor } from '../../hooks/useDocEditor'
import { RenewDialog } from './RenewDialog'
import { showRenewed } from './renewed'

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
  const [renewing, setRenewing] = useState(false)
  const upload = async (file: File) => {
    try {
      const att = await call('files.put', {
        name: file.name,
        mime: file.type || 'application/octet-stream',
        dataBase64: bufferToBase64(await file.arrayBuffer()),
      })
      if (d) ed.set(['attachments'], [...d.attachments.filter((x) => x.sha256 !== att.sha256), att])
    } catch (e) {
      message.error(e instanceof ApiError ? `${e.zh} / ${e.en}` : String(e))
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
                替代旧版 {d.supersedes}
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
              续期
            </Button>
          </>
        )
      }
    >
      {d && (
        <Row gutter={16}>
          <Col span={12}>
            <TextField b={ed} path={['title']} label="名称" />
          </Col>
          <Col span={6}>
            <SelectField b={ed} path={['kind']} label="类型" options={MATERIAL_KINDS} />
          </Col>
          <Col span={6}>
            <TextField b={ed} path={['owner']} label="负责人" />
          </Col>
          <Col span={8}>
            <TextField b={ed} path={['issuer']} label="发证机构" />
          </Col>
          <Col span={8}>
            <TextField b={ed} path={['number']} label="证书编号" />
          </Col>
          <Col span={4}>
            <DateField b={ed} path={['validFrom']} label="生效日期" />
          </Col>
          <Col span={4}>
            <DateField b={ed} path={['validTo']} label="有效期至" />
          </Col>
          <Col span={12}>
            <TagsField b={ed} path={['tags']} label="标签" />
          </Col>
          {d.kind === '人员证书' && (
            <Col span={6}>
              <TextField b={ed} path={['holder']} label="持证人" />
            </Col>
          )}
          {(d.kind === '财务报表' || d.kind === '纳税/社保证明') && (
            <Col span={6}>
              <NumberField b={ed} path={['year']} label="年度" min={1990} max={2100} />
            </Col>
          )}
          {d.kind === '样板客户/类似业绩' && (
            <>
              <Col span={8}>
                <TextField b={ed} path={['reference', 'customer']} label="客户" />
              </Col>
              <Col span={4}>
                <TextField b={ed} path={['reference', 'industry']} label="行业" />
              </Col>
              <Col span={6}>
                <MoneyField b={ed} path={['reference', 'amount']} label="合同金额" />
              </Col>
              <Col span={6}>
                <DateField b={ed} path={['reference', 'contractDate']} label="合同日期" />
              </Col>
              <Col span={12}>
                <TextField b={ed} path={['reference', 'contact']} label="联系人" />
              </Col>
              <Col span={12}>
                <TextField b={ed} path={['reference', 'rating']} label="客户评价" />
              </Col>
            </>
          )}
          <Col span={24}>
            <TextAreaField b={ed} path={['content']} label="内容 / 说明" rows={4} />
          </Col>
          <Col span={24}>
            <label className="ant-btn ant-btn-default" style={{ cursor: 'pointer' }}>
              <UploadOutlined /> 上传附件
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
                          ['attachments'],
                          d.attachments.filter((x) => x.sha256 !== a.sha256),
                        )
                      }
                    >
                      移除
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
            showRenewed(modal, r, () => navigate('materials', r.material.id))
          }}
        />
      )}
    </DetailShell>
  )
}
