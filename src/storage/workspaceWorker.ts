/// <reference lib="webworker" />
/** Reads and checks a workspace off the page's thread (`openWorkspace.ts`), and answers once. */
import { openStored, type WorkerAnswer } from './openStored.ts'

self.onmessage = async (event: MessageEvent<{ id: string; inTab: string | null }>) => {
  let answer: WorkerAnswer
  try {
    answer = { opened: await openStored(event.data.id, event.data.inTab) }
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(answer)
}
