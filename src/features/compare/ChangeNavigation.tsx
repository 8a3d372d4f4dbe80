import { useEffect } from 'react'
import type { ChangeDirection } from '../../domain/changeNavigation.ts'
import { useViewerStore } from '../../state/store.ts'

/** What the comparison's keys do. */
export interface CompareActions {
  readonly step: (direction: ChangeDirection) => void
  readonly focusSearch: () => void
}

interface Command {
  /** As `KeyboardEvent.key`, with `Shift+` before a named key (`Shift+F7`); a typed character names itself. */
  readonly keys: readonly string[]
  readonly label: string
  readonly run: (actions: CompareActions) => void
}

/** The keyboard shortcuts, listed under the change buttons and run by one key handler. */
const COMMANDS: readonly Command[] = [
  { keys: ['F7', 'n', 'j'], label: 'next change', run: (actions) => actions.step('next') },
  { keys: ['Shift+F7', 'p', 'k'], label: 'previous change', run: (actions) => actions.step('previous') },
  { keys: ['/'], label: 'search', run: (actions) => actions.focusSearch() },
]

/** A single character can be switched off (WCAG 2.1.4); a function key such as F7 always works. */
const isLetter = (key: string) => key.length === 1

const activeKeys = (command: Command, letterShortcuts: boolean) => command.keys.filter((key) => letterShortcuts || !isLetter(key))

function pressedKey(event: KeyboardEvent): string {
  return event.shiftKey && !isLetter(event.key) ? `Shift+${event.key}` : event.key
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

/** Runs the command of a key pressed anywhere on the page but in a field. */
function useCommandKeys(actions: CompareActions, letterShortcuts: boolean) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      const key = pressedKey(event)
      const command = COMMANDS.find((candidate) => activeKeys(candidate, letterShortcuts).includes(key))
      if (!command) return
      event.preventDefault()
      command.run(actions)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [actions, letterShortcuts])
}

export interface ChangeNavigationProps {
  readonly actions: CompareActions
  /** The changed clauses shown, and the place of the current one among them (-1 for none). */
  readonly changes: number
  readonly current: number
  readonly announcement: string
}

/** Previous and next change, by button or key, with the keys listed and the letters switchable. */
export function ChangeNavigation({ actions, changes, current, announcement }: ChangeNavigationProps) {
  const letterShortcuts = useViewerStore((state) => state.letterShortcuts)
  const setLetterShortcuts = useViewerStore((state) => state.setLetterShortcuts)
  useCommandKeys(actions, letterShortcuts)
  return (
    <div className="change-nav" aria-label="Change navigation" role="group">
      <button type="button" onClick={() => actions.step('previous')} disabled={changes === 0}>
        ↑ Previous change
      </button>
      <button type="button" onClick={() => actions.step('next')} disabled={changes === 0}>
        ↓ Next change
      </button>
      <span className="change-nav__position">{current >= 0 ? `Change ${current + 1} of ${changes}` : `${changes} changes`}</span>
      <span role="status" className="sr-only" data-testid="compare.announcement">
        {announcement}
      </span>
      <p className="shortcuts">
        Keys:{' '}
        {COMMANDS.map((command) => {
          const keys = activeKeys(command, letterShortcuts)
          return keys.length > 0 ? (
            <span key={command.label} className="shortcut">
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? ' or ' : ''}
                  <kbd>{key}</kbd>
                </span>
              ))}{' '}
              {command.label}
            </span>
          ) : null
        })}
        <label className="checkbox shortcuts__toggle">
          <input type="checkbox" checked={letterShortcuts} onChange={(event) => setLetterShortcuts(event.target.checked)} />
          Single-key shortcuts
        </label>
      </p>
    </div>
  )
}
