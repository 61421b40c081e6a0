import { parseArgs } from 'node:util'
import { fenToWords, formatFen, parseAmountFigures, parseMoney } from '@shared/domain/amount'
import { UsageError, type CliCommand } from '../types'

const USAGE =
  'amount words <number> [--prefix] [--json] | amount parse <金额：380万元、3,800,000 或大写> [--json]'

export const command: CliCommand = {
  name: 'amount',
  summary: {
    zh: '金额小写转大写（words），或把写法各异的金额（380万元、3.8亿、大写）读成元（parse）',
    en: 'Amount in figures to Chinese words (words), or any written amount (380万元, 3.8亿, words) to 元 (parse)',
  },
  usage: USAGE,
  async run(argv, io) {
    const { prefix, json, positionals } = readArgs(argv)
    const [sub, ...rest] = positionals
    if (sub === 'words') {
      if (rest.length !== 1) {
        throw new UsageError(
          'amount words 需要且只需要一个金额，如 325.04 / amount words takes exactly one number, e.g. 325.04',
        )
      }
      const r = parseAmountFigures(rest[0])
      if (!r.ok) throw badAmount(rest[0], r.error)
      const words = fenToWords(r.fen, { prefix })
      io.out(json ? JSON.stringify({ value: formatFen(r.fen), fen: r.fen, words }) : words)
      return 0
    }
    if (sub === 'parse') {
      if (prefix) throw new UsageError('--prefix 只用于 amount words / --prefix only applies to amount words')
      // The same reader as every money field of the app. The shell may split "人民币 壹拾元整" into
      // several arguments; spaces never matter in an amount.
      const text = rest.join(' ')
      if (text.trim() === '') {
        throw new UsageError(
          'amount parse 需要一个金额，如 380万元 或 叁佰贰拾伍元零肆分 / amount parse takes words, e.g. 叁佰贰拾伍元零肆分, or figures such as 380万元',
        )
      }
      const r = parseMoney(text)
      if (!r.ok) throw badAmount(text, r.error)
      io.out(json ? JSON.stringify({ value: formatFen(r.fen), fen: r.fen, yuan: r.value }) : formatFen(r.fen))
      return 0
    }
    throw new UsageError(
      sub === undefined
        ? '缺少子命令 words 或 parse / missing sub-command: words or parse'
        : `未知子命令“${sub}”，应为 words 或 parse / unknown sub-command '${sub}': use words or parse`,
    )
  },
}

/**
 * parseArgs would read "-1" as an unknown option and print an unhelpful message; an argument that
 * looks like a signed number is kept as a positional so the amount check can say "negative".
 */
function readArgs(argv: string[]): { prefix: boolean; json: boolean; positionals: string[] } {
  const { values, tokens } = parseArgs({
    args: argv,
    options: { prefix: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    allowPositionals: true,
    strict: false,
    tokens: true,
  })
  const positionals: string[] = []
  // A short-option group such as "-1.5" comes back as one token per character, all with one index.
  const taken = new Set<number>()
  for (const t of tokens) {
    if (t.kind === 'positional') positionals.push(t.value)
    else if (t.kind === 'option' && t.value !== undefined && !/^-[\d.]/.test(argv[t.index])) {
      throw new UsageError(`选项 ${t.rawName} 不带值 / option ${t.rawName} takes no value`)
    } else if (t.kind === 'option' && t.name !== 'prefix' && t.name !== 'json') {
      if (/^-[\d.]/.test(argv[t.index])) {
        if (!taken.has(t.index)) positionals.push(argv[t.index])
        taken.add(t.index)
      } else throw new UsageError(`未知选项 ${t.rawName} / unknown option ${t.rawName}`)
    }
  }
  return { prefix: values.prefix === true, json: values.json === true, positionals }
}

function badAmount(input: string, error: { zh: string; en: string }): UsageError {
  return new UsageError(`金额不合法（${input}）：${error.zh}\nInvalid amount (${input}): ${error.en}`)
}
