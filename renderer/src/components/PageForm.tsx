import { Form } from 'antd'
import { createContext, memo, useContext, type ReactNode } from 'react'

// antd's Form hands its items a new context value on every render of the Form (6.6: the merged tooltip is a fresh
// object), so each Form.Item of a page renders again whenever the page does, even inside memo'd cards: with 50
// section cards, 550 items per push from the editor. The Form here renders once; the page content reaches it through
// a context of its own, which re-renders only the content (and what the content's own memo lets through).
const Content = createContext<ReactNode>(null)

function PageContent() {
  return <>{useContext(Content)}</>
}

const Frame = memo(function Frame() {
  return (
    <Form layout="vertical" component="div">
      <PageContent />
    </Form>
  )
})

/** The vertical form every detail page lays its fields out in. */
export function PageForm({ children }: { children: ReactNode }) {
  return (
    <Content.Provider value={children}>
      <Frame />
    </Content.Provider>
  )
}
