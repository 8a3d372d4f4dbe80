/**
 * The colour theme: the system's (prefers-color-scheme) unless the user picks light or dark.
 * The choice is kept in this browser's localStorage, never sent anywhere. The resolved theme
 * is written to <html data-theme>, which app.css reads on screen only, so print stays light.
 */
import { useViewerStore, type ThemeChoice } from './store.ts'

const STORAGE_KEY = 'peace-plan-diff.theme'
const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark']

function readChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY)
    return CHOICES.find((choice) => choice === stored) ?? 'system'
  } catch {
    // Storage can be switched off (private modes, policies): follow the system.
    return 'system'
  }
}

function saveChoice(choice: ThemeChoice) {
  try {
    if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY)
    else window.localStorage.setItem(STORAGE_KEY, choice)
  } catch {
    // Not kept across visits; the choice still holds for this one.
  }
}

/** Applies the stored choice now and follows the store and the system from then on. */
export function startTheme(): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)')
  const apply = () => {
    const choice = useViewerStore.getState().theme
    document.documentElement.dataset.theme = choice === 'system' ? (media.matches ? 'dark' : 'light') : choice
  }
  useViewerStore.getState().setTheme(readChoice())
  apply()
  const unsubscribe = useViewerStore.subscribe((state, previous) => {
    if (state.theme === previous.theme) return
    saveChoice(state.theme)
    apply()
  })
  media.addEventListener('change', apply)
  return () => {
    unsubscribe()
    media.removeEventListener('change', apply)
  }
}
