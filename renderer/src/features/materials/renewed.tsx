import type { ModalFuncProps } from 'antd'
import type { RenewResult } from '../../../../shared/contract/bids'

/** Tells what a renewal changed: which open bids now link the new material, and any to fix by hand. */
export function showRenewed(
  modal: { success(p: ModalFuncProps): unknown; warning(p: ModalFuncProps): unknown },
  r: RenewResult,
  onOk: () => void,
): void {
  const failed = r.failedBids.length > 0
  ;(failed ? modal.warning : modal.success)({
    title: `已续期：${r.material.title}（至 ${r.material.validTo}）`,
    content: (
      <div data-testid="renew-result">
        {r.updatedBids.length ? (
          <>
            已更新 {r.updatedBids.length} 个进行中的投标项目：
            <ul>
              {r.updatedBids.map((b) => (
                <li key={b.id}>{b.title}</li>
              ))}
            </ul>
          </>
        ) : (
          '没有进行中的投标项目引用该资料。'
        )}
        {failed && (
          <>
            以下项目未能更新，请手工改为新资料：
            <ul>
              {r.failedBids.map((b) => (
                <li key={b.id}>
                  {b.title}：{b.zh}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    ),
    onOk,
  })
}
