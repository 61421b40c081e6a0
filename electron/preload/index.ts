import { contextBridge, ipcRenderer } from 'electron'
import { METHOD_NAMES } from '@shared/contract'
import { makeLifecycleBridge } from '@shared/lifecycle'

// The renderer gets one object with one function per contract method, no ipcRenderer and no generic
// invoke; and the close handshake's single registration function (the page cannot send on it at will:
// it only answers the main process's flush request).
const api: Record<string, (input: unknown) => Promise<unknown>> = {}
for (const name of METHOD_NAMES) api[name] = (input: unknown) => ipcRenderer.invoke(`bb:${name}`, input)
contextBridge.exposeInMainWorld('bidbench', Object.freeze(api))
contextBridge.exposeInMainWorld('bidbenchLifecycle', Object.freeze(makeLifecycleBridge(ipcRenderer)))
