import { contextBridge, ipcRenderer } from 'electron'
import { METHOD_NAMES } from '@shared/contract'

// The renderer gets exactly one object, with one function per contract method and nothing else:
// no ipcRenderer, no generic invoke.
const api: Record<string, (input: unknown) => Promise<unknown>> = {}
for (const name of METHOD_NAMES) api[name] = (input: unknown) => ipcRenderer.invoke(`bb:${name}`, input)
contextBridge.exposeInMainWorld('bidbench', Object.freeze(api))
