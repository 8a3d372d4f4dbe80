/// <reference lib="webworker" />
/** Reads and checks a workspace off the page's thread (`workspaceReads.ts`), and answers once. */
import type { OpenRequest } from './workspaceEntries.ts'
import { openStored } from './workspaceStore.ts'

self.onmessage = async (event: MessageEvent<OpenRequest>) => {
  self.postMessage(await openStored(event.data))
}
