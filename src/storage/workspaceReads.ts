/**
 * Reads workspaces from storage for the page (`readStored.ts`), in a Web Worker where one starts:
 * a long workspace is read and checked without holding up the page or its paints, and the page
 * does not load the checker at all. On the page otherwise (the single-file build, or a worker
 * that fails to start).
 */
import type { OpenedWorkspace, ReadAnswer, ReadRequest } from './readStored.ts'
import { startWorkspaceWorker } from './startWorkspaceWorker.ts'
import { tabText, tabTexts } from './tabStorage.ts'
import type { WorkspaceSummary } from './workspaceStore.ts'

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  try {
    return startWorkspaceWorker()
  } catch {
    return null
  }
}

/** Answered by a worker of its own; null when none starts, or it fails before answering. */
function askWorker(request: ReadRequest): Promise<ReadAnswer | null> {
  const running = startWorker()
  if (!running) return Promise.resolve(null)
  return new Promise((resolve) => {
    running.onmessage = (event: MessageEvent<ReadAnswer>) => {
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

/** Answered off the page where a worker starts. A storage that cannot be read throws. */
async function ask(request: ReadRequest): Promise<ReadAnswer> {
  let answer = await askWorker(request)
  if (!answer) {
    const { answerRead } = await import('./readStored.ts')
    answer = await answerRead(request)
  }
  if ('error' in answer) throw new Error(answer.error)
  return answer
}

/** A workspace read from storage and loaded whole, as a link opens it. */
export async function openWorkspace(id: string): Promise<OpenedWorkspace> {
  const answer = await ask({ kind: 'open', id, inTab: tabText(id) })
  if (!('opened' in answer)) throw new Error('the workspace worker answered another question')
  return answer.opened
}

/** Every workspace, newest first; a damaged entry is left out. */
export async function listWorkspaces(): Promise<readonly WorkspaceSummary[]> {
  const answer = await ask({ kind: 'list', inTab: tabTexts() })
  if (!('listed' in answer)) throw new Error('the workspace worker answered another question')
  return answer.listed
}
