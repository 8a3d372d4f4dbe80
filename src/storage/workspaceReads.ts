/**
 * Opens a workspace from storage for a link, read and loaded whole (`openStored` in `workspaceStore.ts`), in a Web
 * Worker where one starts: checking a long workspace then holds up neither the page nor its
 * paints, and the page does not load the checker at all. On the page otherwise (the single-file
 * build, or a worker that fails to start).
 */
import type { OpenAnswer, OpenedWorkspace, OpenRequest } from './workspaceEntries.ts'
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

/** Answered by a worker of its own; null when none starts, or it fails before answering. */
function askWorker(request: OpenRequest): Promise<OpenAnswer | null> {
  const running = startWorker()
  if (!running) return Promise.resolve(null)
  return new Promise((resolve) => {
    running.onmessage = (event: MessageEvent<OpenAnswer>) => {
      running.terminate()
      resolve(event.data)
    }
    running.onerror = (event) => {
      event.preventDefault()
      running.terminate()
      resolve(null)
    }
    running.postMessage(request)
  })
}

/** A workspace read from storage and loaded whole, as a link opens it. A storage that cannot be read throws. */
export async function openWorkspace(id: string): Promise<OpenedWorkspace> {
  const request: OpenRequest = { id, inTab: tabText(id) }
  let answer = await askWorker(request)
  if (!answer) {
    const { openStored } = await import('./workspaceStore.ts')
    answer = await openStored(request)
  }
  if ('error' in answer) throw new Error(answer.error)
  return answer.opened
}
