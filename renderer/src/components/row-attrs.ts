import type { HTMLAttributes } from 'react'

/**
 * Data attributes for an antd table row (onRow): valid on the element, but antd types onRow's result as
 * HTMLAttributes, which has no `data-*` keys. The one cast, here, instead of one per table.
 */
export function rowAttrs(
  attrs: Record<`data-${string}`, string | number | undefined>,
): HTMLAttributes<HTMLElement> {
  return attrs as HTMLAttributes<HTMLElement>
}
