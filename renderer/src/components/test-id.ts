import type { ButtonProps } from 'antd'

/**
 * Props for antd's okButtonProps/cancelButtonProps carrying a data-testid: JSX allows data-* attributes,
 * object literals typed as ButtonProps do not, so the attribute is added here, once, with its real type.
 */
export function buttonWithTestId(testId: string, props: ButtonProps = {}): ButtonProps {
  return Object.assign({ 'data-testid': testId }, props)
}
