/** A clause of a user's draft as the splitter reads it, and what splitting a draft's text gives. */

export interface DraftPart {
  /** The draft's own sub-point label, without brackets: "a", "ii". */
  readonly label: string
  readonly text: string
}

export interface DraftClause {
  /** The draft's own number ("4", "IV", "2.1"); null for a preamble or unnumbered text. */
  readonly number: string | null
  readonly title: string | null
  readonly text: string
  readonly parts: readonly DraftPart[]
  /** 1-based line of the text where the clause starts, to point at it in messages. */
  readonly line: number
  /** The headings it sits under, outermost first ("3 REQUIREMENTS"); shown with the clause. */
  readonly section?: string | null
}

export type SplitResult =
  | { readonly ok: true; readonly clauses: readonly DraftClause[] }
  | { readonly ok: false; readonly message: string; /** Set when the text has more clauses than a version may hold. */ readonly clauses?: number }
