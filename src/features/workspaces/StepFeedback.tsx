import type { Ref } from 'react'

/** A step's problems, an alert that takes the focus, and what it is busy with, said politely. */
export function StepFeedback({ problems, busy, problemsRef }: { problems: readonly string[]; busy: string | null; problemsRef: Ref<HTMLDivElement> }) {
  return (
    <>
      {problems.length > 0 ? (
        <div ref={problemsRef} tabIndex={-1} role="alert" className="workspace-problems" data-testid="workspaces.problems">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p role="status" className="muted">
        {busy ?? ''}
      </p>
    </>
  )
}
