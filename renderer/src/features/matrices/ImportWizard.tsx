import { bufferToBase64 } from '../../api/files'
import { UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Input, Modal, Radio, Space, Tabs, Typography } from 'antd'
import { useMemo, useRef, useState } from 'react'
import type { ImportPreview } from '../../../../shared/contract/scoring'
import { parsePastedTable, splitTsv } from '../../../../shared/domain/scoring/import'
import { PriceRuleSchema, type Matrix } from '../../../../shared/schemas'
import { ApiError, call } from '../../api/client'
import { useI18n } from '../../app/i18n'
import { navigate } from '../../app/router'
import { applyImport, draftToItems, validateDraft, type DraftItem } from './merge'
import { ImportPreviewView, type Overrides } from './ImportPreviewView'

type Target = 'replace' | 'append' | 'new'

/** A pasted table previewed the same way as a file: detection (or why none) plus the grid. */
function pastePreview(text: string, o: Overrides): ImportPreview {
  const rows = splitTsv(text)
  const base = {
    sheets: ['粘贴'],
    sheet: '粘贴',
    grid: rows.slice(0, 40).map((r) => r.slice(0, 12)),
    rowCount: rows.length,
  }
  try {
    const detection = parsePastedTable(text, { headerRow: o.headerRow, columns: o.columns })
    return { ...base, detection, problem: null }
  } catch (e) {
    const m = e as { zh?: string; en?: string }
    return { ...base, detection: null, problem: { zh: m.zh ?? String(e), en: m.en ?? String(e) } }
  }
}

export interface ImportWizardProps {
  matrix: Matrix
  onCancel(): void
  /** Replace or append into the open matrix: the page's editor saves it. */
  onApply(next: Matrix): void
}

/**
 * Import of the tender's scoring table from an .xlsx (read on the server behind the import guard) or
 * from text pasted out of Excel. The user sees what was detected, corrects sheet, header row and
 * columns, fixes rows, and saves into this matrix or as a new one.
 */
export function ImportWizard({ matrix, onCancel, onApply }: ImportWizardProps) {
  const { pick } = useI18n()
  const [source, setSource] = useState<'xlsx' | 'paste' | 'manual'>('xlsx')
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null)
  const [paste, setPaste] = useState('')
  const [overrides, setOverridesState] = useState<Overrides>({})
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [drafts, setDrafts] = useState<DraftItem[]>([])
  const [busy, setBusy] = useState(false)
  const fileInput = useRef<HTMLInputElement>(null)
  const [error, setError] = useState<string | null>(null)
  const [target, setTarget] = useState<Target>('replace')
  const [newTitle, setNewTitle] = useState(`${matrix.title}（导入）`)
  const problems = useMemo(() => validateDraft(drafts), [drafts])
  const blocking = problems.some((p) => p.severity === 'error')

  const show = (p: ImportPreview) => {
    setPreview(p)
    setDrafts(
      p.detection
        ? p.detection.items.map(({ category, name, maxPoints, criteria, kind }) => ({
            category,
            name,
            maxPoints,
            criteria,
            kind,
          }))
        : [],
    )
  }

  const detect = async (o: Overrides, f = file, text = paste, src = source) => {
    setError(null)
    if (src === 'paste') {
      if (!text.trim()) return setError('请先粘贴从 Excel 复制的评分表')
      return show(pastePreview(text, o))
    }
    if (!f) return
    setBusy(true)
    try {
      show(await call('matrix.importPreview', { dataBase64: f.base64, ...o }))
    } catch (e) {
      setPreview(null)
      setError(e instanceof ApiError ? pick({ zh: e.zh, en: e.en }) : String(e))
    } finally {
      setBusy(false)
    }
  }

  // Another sheet is a new start: detect at once, without the corrections made for the old one.
  const setOverrides = (o: Overrides) => {
    setOverridesState(o)
    if (o.sheet !== overrides.sheet) void detect(o)
  }

  const save = async () => {
    if (!preview?.detection) return
    const rule = preview.detection.priceRule
    if (target !== 'new') return onApply(applyImport(matrix, drafts, rule, target))
    setBusy(true)
    try {
      const created = await call('matrices.create', {
        title: newTitle.trim() || `${matrix.title}（导入）`,
        init: {
          bidId: matrix.bidId,
          procurementCategory: matrix.procurementCategory,
          bidders: matrix.bidders,
          ourPrice: matrix.ourPrice,
          items: draftToItems(drafts),
          priceRule: PriceRuleSchema.parse({ ...matrix.priceRule, ...(rule ?? {}) }),
        },
      })
      onCancel()
      navigate('matrices', created.id)
    } catch (e) {
      setError(e instanceof ApiError ? pick({ zh: e.zh, en: e.en }) : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open
      width={1180}
      title="导入评分标准"
      onCancel={onCancel}
      footer={
        source === 'manual' ? null : (
          <Space>
            <Radio.Group
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              data-testid="import-target"
            >
              <Radio value="replace">替换当前评分项（同名项保留自评、证据与估分）</Radio>
              <Radio value="append">追加到当前评分项</Radio>
              <Radio value="new">另存为新评分矩阵</Radio>
            </Radio.Group>
            {target === 'new' && (
              <Input
                style={{ width: 240 }}
                value={newTitle}
                onChange={(e) => setNewTitle(e.target.value)}
                data-testid="import-new-title"
              />
            )}
            <Button onClick={onCancel}>取消</Button>
            <Button
              type="primary"
              loading={busy}
              disabled={!preview?.detection || drafts.length === 0 || blocking}
              title={blocking ? '请先修正标红的评分项' : undefined}
              onClick={() => void save()}
              data-testid="import-save"
            >
              保存 {drafts.length} 项
            </Button>
          </Space>
        )
      }
    >
      <Tabs
        activeKey={source}
        onChange={(k) => {
          setSource(k as typeof source)
          setPreview(null)
          setDrafts([])
          setOverridesState({})
          setError(null)
        }}
        items={[
          {
            key: 'xlsx',
            label: 'Excel 文件',
            children: (
              <Space>
                <Button icon={<UploadOutlined />} onClick={() => fileInput.current?.click()}>
                  选择 .xlsx 文件
                </Button>
                <input
                  ref={fileInput}
                  type="file"
                  hidden
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  data-testid="matrix-import-file"
                  onChange={(e) => {
                    const f = e.target.files?.[0]
                    e.target.value = ''
                    if (!f) return
                    void f.arrayBuffer().then((buf) => {
                      const next = { name: f.name, base64: bufferToBase64(buf) }
                      setFile(next)
                      setOverridesState({})
                      void detect({}, next)
                    })
                  }}
                />
                <Typography.Text>{file?.name ?? '支持标题行、合并单元格、跨工作表的评分表'}</Typography.Text>
              </Space>
            ),
          },
          {
            key: 'paste',
            label: '从剪贴板粘贴',
            children: (
              <div>
                <Input.TextArea
                  rows={5}
                  placeholder="在 Excel 中选中评分表（含表头）复制，粘贴到这里"
                  value={paste}
                  data-testid="matrix-paste"
                  onChange={(e) => setPaste(e.target.value)}
                />
                <Button
                  style={{ marginTop: 8 }}
                  onClick={() => void detect({}, file, paste, 'paste')}
                  data-testid="paste-detect"
                >
                  识别
                </Button>
              </div>
            ),
          },
          {
            key: 'manual',
            label: '手工录入',
            children: (
              <div>
                <Typography.Paragraph>
                  关闭本窗口后，在“评分项”表格中点击“添加评分项”逐项录入：类别、名称、分值、评分标准、客观/主观。分值合计、空名称和非法分值会即时提示。
                </Typography.Paragraph>
                <Button type="primary" onClick={onCancel}>
                  去录入
                </Button>
              </div>
            ),
          },
        ]}
      />
      {error && (
        <Alert type="error" showIcon message={error} data-testid="import-error" style={{ marginBottom: 8 }} />
      )}
      {preview && source !== 'manual' && (
        <ImportPreviewView
          preview={preview}
          overrides={overrides}
          setOverrides={setOverrides}
          redetect={() => void detect(overrides)}
          busy={busy}
          drafts={drafts}
          setDrafts={setDrafts}
          problems={problems}
        />
      )}
    </Modal>
  )
}
