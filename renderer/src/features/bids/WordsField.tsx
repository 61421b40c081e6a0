import { Alert, Button, Space } from 'antd'
import { fenToWords, parseAmountWords, toFen } from '@shared/domain/amount'
import { toYuan } from '@shared/domain/export/quote-math'
import type { Bid } from '@shared/schemas'
import { fmt, useLabels } from '@renderer/app/use-labels'
import { TextField, valueAt, type Binder } from '@renderer/components/fields'
import { WORDS } from './labels'

type B = Binder<Bid>

/**
 * A 大写 field of the 投标函 / 开标一览表 with "生成大写": writes the canonical words of the figure
 * (in 元, whatever the quote's unit), and says so when the words already there read as another amount.
 */
export function WordsField({
  b,
  figure,
  path,
  label,
}: {
  b: B
  figure: 'quote.bidLetterPrice' | 'quote.openingSummary.price'
  path: 'quote.bidLetterPriceWords' | 'quote.openingSummary.priceWords'
  label: string
}) {
  const L = useLabels(WORDS)
  const price = valueAt(b, figure) as number | null
  const current = ((valueAt(b, path) as string | null) ?? '').trim()
  const fen = price == null ? null : toFen(toYuan(price, b.doc.quote.moneyUnit))
  const expected = fen?.ok ? fenToWords(fen.fen) : null
  const read = current ? parseAmountWords(current) : null
  const mismatch =
    expected != null && fen?.ok && read !== null && (!read.ok || read.fen !== fen.fen) ? read : null
  const id = path
  return (
    <>
      <TextField b={b} path={path} label={label} />
      <Space direction="vertical" style={{ width: '100%', marginTop: -8, marginBottom: 12 }}>
        <Button
          size="small"
          data-testid={`gen-words-${id}`}
          disabled={expected == null}
          title={expected == null ? L.needFigure : undefined}
          onClick={() => expected && b.set(path, expected)}
        >
          {L.generate}
        </Button>
        {mismatch && (
          <Alert
            type="warning"
            showIcon
            data-testid={`words-mismatch-${id}`}
            message={
              mismatch.ok
                ? fmt(L.mismatch, { words: current, expected: expected! })
                : fmt(L.unreadable, { words: current, expected: expected! })
            }
          />
        )}
      </Space>
    </>
  )
}
