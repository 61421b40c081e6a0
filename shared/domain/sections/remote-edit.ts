/**
 * What the open section editor does when the section's stored document changes under it (a sync from another
 * machine, a restore from history): the change it pushed itself comes back as an echo and is only noted; another
 * change replaces what is on screen when the user has nothing unsaved there, and otherwise waits (the user's
 * typing is pushed next, and the field-level merge of sync decides, as for any field).
 */
export type RemoteDocAction = 'none' | 'echo' | 'refresh' | 'keep-typing'

export function remoteDocAction(
  incoming: string,
  state: { seen: string; pushed: string | null; unsaved: boolean },
): RemoteDocAction {
  if (incoming === state.seen) return 'none'
  if (incoming === state.pushed) return 'echo'
  return state.unsaved ? 'keep-typing' : 'refresh'
}
