/** A form message under its field, styled as antd's own (forms on react-hook-form outside antd's Form). */
export function FormError({ m, testId = 'settings-error' }: { m?: string; testId?: string }) {
  return m ? (
    // antd colours this class only inside a Form.Item: the colour is given here for messages outside one.
    <div
      className="ant-form-item-explain-error"
      style={{ fontSize: 12, color: 'var(--ant-color-error, #ff4d4f)' }}
      data-testid={testId}
    >
      {m}
    </div>
  ) : null
}

/** The first message anywhere in a nested react-hook-form error (a list's rows, a row's fields). */
export function firstError(e: unknown): string | undefined {
  if (!e || typeof e !== 'object') return undefined
  if ('message' in e && typeof e.message === 'string') return e.message
  for (const v of Object.values(e)) {
    const m = firstError(v)
    if (m) return m
  }
  return undefined
}

/** Form.Item props that put a form message under its field (inside antd's Form), findable by a test id. */
export function itemError(m: string | undefined, testId: string) {
  return {
    validateStatus: m ? ('error' as const) : undefined,
    help: m ? <span data-testid={testId}>{m}</span> : undefined,
  }
}
