/** Provided by the published-data plugin in vite.config.ts. */
declare module 'virtual:published-data' {
  export const folders: readonly string[]
  export const files: readonly { readonly path: string; readonly content: unknown }[]
}
