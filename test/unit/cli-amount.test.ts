import { describe, expect, it } from 'vitest'
import { command } from '@cli/commands/amount'
import { UsageError, type CliIo } from '@cli/types'

function collector(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = []
  const stderr: string[] = []
  return { stdout, stderr, out: (s) => stdout.push(s), err: (s) => stderr.push(s) }
}

async function run(...argv: string[]) {
  const io = collector()
  const code = await command.run(argv, io)
  return { code, stdout: io.stdout, stderr: io.stderr }
}

async function usageError(...argv: string[]): Promise<string> {
  const io = collector()
  let caught: unknown
  try {
    await command.run(argv, io)
  } catch (e) {
    caught = e
  }
  expect(caught).toBeInstanceOf(UsageError)
  expect(io.stdout).toEqual([])
  return (caught as Error).message
}

describe('amount words', () => {
  it.each([
    ['325.04', '叁佰贰拾伍元零肆分'],
    ['10.00', '壹拾元整'],
    ['0', '零元整'],
    ['0.05', '伍分'],
    ['1000.5', '壹仟元伍角整'],
    ['100000001', '壹亿零壹元整'],
    ['999999999999.99', '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%s → %s on one line', async (input, words) => {
    expect(await run('words', input)).toEqual({ code: 0, stdout: [words], stderr: [] })
  })

  it('--prefix adds 人民币, --json gives value, 分 and words', async () => {
    expect((await run('words', '--prefix', '1409.50')).stdout).toEqual(['人民币壹仟肆佰零玖元伍角整'])
    const { stdout } = await run('words', '325.04', '--json')
    expect(JSON.parse(stdout[0])).toEqual({ value: '325.04', fen: 32504, words: '叁佰贰拾伍元零肆分' })
  })

  it.each([
    ['-1', '不能为负数', 'must not be negative'],
    ['-0.5', '不能为负数', 'must not be negative'],
    ['1e5', '科学计数法', 'exponent notation'],
    ['12.345', '小数位超过两位', 'more than two decimal places'],
    ['abc', '“a”不是数字', "'a' is not a digit"],
    ['1000000000000', '9999亿', '999,999,999,999.99'],
    ['', '金额为空', 'empty'],
  ])('refuses %j in Chinese and English', async (input, zh, en) => {
    const message = await usageError('words', input)
    expect(message).toContain(zh)
    expect(message).toContain(en)
    expect(message).toContain(`（${input}）`)
  })

  it('needs exactly one number', async () => {
    expect(await usageError('words')).toMatch(/exactly one number/)
    expect(await usageError('words', '1', '2')).toMatch(/exactly one number/)
  })
})

describe('amount parse', () => {
  it.each([
    ['叁佰贰拾伍元零肆分', '325.04'],
    ['人民币壹拾万零柒仟元伍角叁分', '107000.53'],
    ['拾元整', '10.00'],
    ['伍分', '0.05'],
    ['零元整', '0.00'],
    ['壹仟肆佰零玖元伍角', '1409.50'],
  ])('%s → %s', async (words, value) => {
    expect(await run('parse', words)).toEqual({ code: 0, stdout: [value], stderr: [] })
  })

  it('joins words the shell split on spaces', async () => {
    expect((await run('parse', '人民币', '壹仟陆佰捌拾元', '零叁角贰分')).stdout).toEqual(['1680.32'])
  })

  it('--json', async () => {
    const { stdout } = await run('parse', '--json', '叁佰贰拾伍元零肆分')
    expect(JSON.parse(stdout[0])).toEqual({ value: '325.04', fen: 32504, yuan: 325.04 })
  })

  it.each([
    ['380万元', '3800000.00'],
    ['380万', '3800000.00'],
    ['3.8亿', '380000000.00'],
    ['３８０万', '3800000.00'],
    ['3,800,000.5', '3800000.50'],
  ])('reads figures as typed in the app: %s → %s', async (text, value) => {
    expect(await run('parse', text)).toEqual({ code: 0, stdout: [value], stderr: [] })
  })

  it('380万元 --json gives 3800000 元', async () => {
    const { stdout } = await run('parse', '380万元', '--json')
    expect(JSON.parse(stdout[0])).toEqual({ value: '3800000.00', fen: 380000000, yuan: 3800000 })
  })

  it.each([
    ['-5', '金额不能为负数'],
    ['1.2345678万', '不会自动四舍五入'],
  ])('refuses %s with the reason', async (text, zh) => {
    expect(await usageError('parse', text)).toContain(zh)
  })

  it.each([
    ['壹拾拾元整', '第3个字“拾”：“拾”前缺少数字', "at character 3 '拾': no digit before '拾'"],
    ['贰佰零零元整', '连续的零只写一个', 'consecutive zeros'],
    ['abc', '第1个字符：“a”不是数字或金额单位', "at character 1: 'a' is not a digit or an amount unit"],
    ['壹拾元整x', '“x”不是大写金额用字', 'not a character used in amounts in words'],
    ['壹拾元', '缺少“整”', "'整' (or '正') is missing"],
  ])('refuses %s, saying where', async (words, zh, en) => {
    const message = await usageError('parse', words)
    expect(message).toContain(zh)
    expect(message).toContain(en)
  })

  it('needs the words', async () => {
    expect(await usageError('parse')).toMatch(/amount parse takes words/)
    expect(await usageError('parse', '  ')).toMatch(/amount parse takes words/)
  })
})

describe('amount: bad command lines', () => {
  it.each([
    [[], 'missing sub-command'],
    [['sum', '1'], "unknown sub-command 'sum'"],
    [['words', '--bogus', '1'], 'unknown option --bogus'],
    [['words', '--prefix=yes', '1'], 'takes no value'],
    [['parse', '--prefix', '壹元整'], '--prefix only applies to amount words'],
  ])('%j', async (argv, en) => {
    expect(await usageError(...argv)).toContain(en)
  })
})

describe('amount through the CLI runner', () => {
  it('prints the error on stderr and exits 2', async () => {
    const { runCli } = await import('@cli/run')
    const bad = collector()
    expect(await runCli(['amount', 'words', '-1'], bad)).toBe(2)
    expect(bad.stdout).toEqual([])
    expect(bad.stderr.join('\n')).toMatch(/不能为负数[\s\S]*must not be negative/)
    const good = collector()
    expect(await runCli(['amount', 'parse', '叁佰贰拾伍元零肆分'], good)).toBe(0)
    expect(good.stdout).toEqual(['325.04'])
  })
})
