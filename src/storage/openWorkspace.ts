/**
 * Opens a workspace from storage for a link, read and loaded whole (`openStored.ts`), in a Web
 * Worker where one starts: checking a long workspace then holds up neither the page nor its
 * first paint, and the page does not load the checker at all. On the page otherwise (the
 * single-file build, or a worker that fails to start).
 */
import type { OpenedWorkspace, WorkerAnswer } from './openStored.ts'
import { startWorkspaceWorker } from './startWorkspaceWorker.ts'
import { tabText } from './tabStorage.ts'

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return startWorkspaceWorker()
  } catch {
    return null
  }
}

/** Opens it in a worker of its own; null when none starts, or it fails before answering. */
function openInWorker(id: string, inTab: string | null): Promise<OpenedWorkspace | null> {
  const running = startWorker()
  if (!running) return Promise.resolve(null)
  return new Promise((resolve, reject) => {
    running.onmessage = (event: MessageEvent<WorkerAnswer>) => {
      running.terminate()
      if ('opened' in event.data) resolve(event.data.opened)
      else reject(new Error(event.data.error))
    }
    running.onerror = (event) => {
      event.preventDefault()
      running.terminate()
      resolve(null)
    }
    running.postMessage({ id, inTab })
  })
}

/** A workspace read from storage and loaded whole, as a link opens it. A storage that cannot be read throws. */
export async function openWorkspace(id: string): Promise<OpenedWorkspace> {
  const inTab = tabText(id)
  const opened = await openInWorker(id, inTab)
  if (opened) return opened
  const { openStored } = await import('./openStored.ts')
  return openStored(id, inTab)
}
