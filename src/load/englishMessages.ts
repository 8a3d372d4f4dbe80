/**
 * zod's English messages for schema issues ("Invalid input: expected string, received number").
 * Only needed once a file fails its schema, so the first view does not ship them: user files
 * (workspaceFile.ts), the build's check (build/plugins/data.ts) and the tests load them up front, and
 * the app loads them before it shows why bundled data did not validate (main.tsx).
 */
import * as z from 'zod/mini'
import { en } from 'zod/locales'

z.config(en())
