import { splitMatches } from '../domain/highlight.ts'

/** Text with the search matches marked. */
export function HighlightedText({ text, query }: { text: string; query: string }) {
  if (!query) return <>{text}</>
  return (
    <>
      {splitMatches(text, query).map((run, index) => (run.match ? <mark key={index}>{run.text}</mark> : run.text))}
    </>
  )
}
