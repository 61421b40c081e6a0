import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import './app/global.css'
import { connectCloseFlush } from './app/flush-on-close'

connectCloseFlush(window.bidbenchLifecycle)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
