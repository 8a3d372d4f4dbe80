/// <reference lib="webworker" />
/**
 * Reads workspaces off the page's thread (`workspaceReads.ts`) and answers once: a stored
 * workspace is a structured clone of all its text, so even listing them took 80–200 ms on the page.
 */
import { answerRead, type ReadRequest } from './readStored.ts'

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  self.postMessage(await answerRead(event.data))
}
