/** Provided by the published-data plugin in build/plugins/data.ts. */
declare module 'virtual:published-data' {
  export const files: readonly { readonly path: string; readonly content: unknown }[]
}

/** Provided by the published-negotiations plugin in build/plugins/data.ts: each published folder, loaded at build time. */
declare module 'virtual:published-negotiations' {
  /**
   * In publishing order; `opening` is the first part of src/load/negotiationJson.ts's form, or
   * `issues` say why the folder did not load.
   */
  export const published: readonly (
    | { readonly folder: string; readonly clauses: number; readonly opening: string }
    | { readonly folder: string; readonly issues: readonly { readonly file: string; readonly path: string; readonly message: string }[] }
  )[]
  /** Issues with data/index.json or the data/ folder itself. */
  export const issues: readonly { readonly file: string; readonly path: string; readonly message: string }[]
}

/** Provided by the published-negotiations plugin too, as its own chunk: the rest of each folder that loaded, by folder. */
declare module 'virtual:published-negotiations-rest' {
  export const rest: Readonly<Record<string, string>>
}
