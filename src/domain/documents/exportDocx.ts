/**
 * The comparison as a Word document whose changes are real tracked revisions: each removed
 * run is a `w:del` and each added run a `w:ins`, and moved text is Word's own move revision
 * (`w:moveFrom` where it left, `w:moveTo` where it landed, each inside a move range named alike),
 * by the later version's drafters and dated on its date, so Word's Review pane lists them and
 * Accept or Reject turns the earlier text into the later one. Built with `docx` from the
 * `ComparisonDocument`; the app loads this module only when a user exports.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  XmlAttributeComponent,
  XmlComponent,
  type ICommentOptions,
  type ParagraphChild,
} from 'docx'
import { termsTable, versionsTable, type ComparisonDocument, type DocumentTable, type ExportCell, type ExportClause, type ExportPart } from './comparisonDocument.ts'

/** Numbers revisions; Word needs each id once in the document. Also collects the comments that label moves. */
class RevisionIds {
  private next = 1
  readonly comments: ICommentOptions[] = []
  take(): number {
    return this.next++
  }
}

interface MoveAttributeValues {
  readonly id: number
  readonly author?: string
  readonly date?: string
  readonly name?: string
}

class MoveAttributes extends XmlAttributeComponent<MoveAttributeValues> {
  protected override readonly xmlKeys = { id: 'w:id', author: 'w:author', date: 'w:date', name: 'w:name' }
}

/** A move revision element `docx` has no class for: a range start or end, or the moved run's wrapper. */
class MoveElement extends XmlComponent {
  constructor(tag: 'w:moveFrom' | 'w:moveTo' | 'w:moveFromRangeStart' | 'w:moveFromRangeEnd' | 'w:moveToRangeStart' | 'w:moveToRangeEnd', attributes: MoveAttributeValues, child?: TextRun) {
    super(tag)
    this.root.push(new MoveAttributes(attributes))
    if (child) this.root.push(child)
  }
}

/**
 * One end of a move: the range (named, so Word pairs the source with its destination), and the
 * moved run inside it, a plain run as Word writes it. Where it went or came from ("moved to
 * point 9") is a comment on it, since Word's Review names no clause and Accept must leave only
 * the later text.
 */
function moveRevision(kind: 'moved-from' | 'moved-to', text: string, label: string, name: string, author: string, isoDate: string, ids: RevisionIds): ParagraphChild[] {
  const side = kind === 'moved-from' ? 'moveFrom' : 'moveTo'
  const date = revisionDate(isoDate)
  const range = ids.take()
  const comment = ids.take()
  ids.comments.push({ id: comment, author, date: new Date(date), children: [new Paragraph({ children: [new TextRun(label.charAt(0).toUpperCase() + label.slice(1))] })] })
  const move = [
    new MoveElement(`w:${side}RangeStart`, { id: range, author, date, name }),
    new MoveElement(`w:${side}`, { id: ids.take(), author, date }, new TextRun(text)),
    new MoveElement(`w:${side}RangeEnd`, { id: range }),
  ]
  return [
    new CommentRangeStart(comment),
    // `docx` types a paragraph's children as its own classes; these are XmlComponents like them.
    ...(move as ParagraphChild[]),
    new CommentRangeEnd(comment),
    new TextRun({ children: [new CommentReference(comment)] }),
  ]
}

function revisionDate(isoDate: string): string {
  return `${isoDate}T00:00:00Z`
}

function partRuns(part: ExportPart, cell: ExportCell, ids: RevisionIds): ParagraphChild[] {
  const label = part.label ? [new TextRun({ text: `(${part.label}) `, bold: true })] : []
  if (part.missing) return [...label, new TextRun({ text: part.missing, italics: true })]
  const author = cell.version.drafters
  const date = revisionDate(cell.version.isoDate)
  return [
    ...label,
    ...part.runs.flatMap((run): ParagraphChild[] => {
      if (run.kind === 'removed') return [new DeletedTextRun({ text: run.text, id: ids.take(), author, date })]
      if (run.kind === 'added') return [new InsertedTextRun({ text: run.text, id: ids.take(), author, date })]
      if (run.kind === 'moved-from' || run.kind === 'moved-to') return moveRevision(run.kind, run.text, run.label, run.name, author, cell.version.isoDate, ids)
      return [new TextRun(run.text)]
    }),
  ]
}

function link(text: string, href: string, relative: boolean): ParagraphChild {
  // A route alone is no address Word can open; it is printed for the reader to add to the app's.
  if (relative) return new TextRun(text)
  return new ExternalHyperlink({ link: href, children: [new TextRun({ text, style: 'Hyperlink' })] })
}

function cellParagraphs(cell: ExportCell, ids: RevisionIds): Paragraph[] {
  const meta = [cell.number ? `point ${cell.number}` : 'no number known', cell.status, cell.confidence]
  if (cell.sources.length > 0) meta.push(`sources ${cell.sources.map((number) => `[${number}]`).join(' ')}`)
  const paragraphs = [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120 },
      children: [new TextRun({ text: cell.version.shortTitle, bold: true }), new TextRun(` · ${meta.join(' · ')}`)],
    }),
  ]
  if (cell.redlineAgainst) {
    paragraphs.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: `Tracked changes against ${cell.redlineAgainst.shortTitle}:`, italics: true, size: 18 })] }))
  }
  for (const part of cell.parts) paragraphs.push(new Paragraph({ indent: { left: 360 }, children: partRuns(part, cell, ids) }))
  for (const dispute of cell.textDisputes) {
    paragraphs.push(new Paragraph({ indent: { left: 360 }, border: { left: { style: 'double', size: 6, color: '6B4A00', space: 6 } }, children: [new TextRun({ text: dispute, size: 20 })] }))
  }
  if (cell.note) paragraphs.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: cell.note, italics: true })] }))
  for (const flag of cell.flags) paragraphs.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: 'Flag: ', bold: true }), new TextRun(flag.sentence)] }))
  for (const change of cell.termChanges) paragraphs.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(change)] }))
  for (const option of cell.options) {
    paragraphs.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: `Option (${option.party}): `, bold: true }), new TextRun(option.text)] }))
  }
  return paragraphs
}

function clauseParagraphs(clause: ExportClause, relative: boolean, ids: RevisionIds): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(clause.title)] }),
    ...clause.cells.flatMap((cell) => cellParagraphs(cell, ids)),
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: 'Link: ', size: 18 }), link(clause.link, clause.link, relative)] }),
  ]
}

function table({ header, rows }: DocumentTable): Table {
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      cantSplit: true,
      children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] })),
    })
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map((cells) => row(cells, false))] })
}

/** The Word document for a comparison: cover, summary, contested terms, the clauses with tracked changes, numbered sources. */
export function comparisonDocx(doc: ComparisonDocument): Document {
  const ids = new RevisionIds()
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ children: [new TextRun(`${doc.negotiation}. Generated ${doc.generatedAt}.`)] }),
    new Paragraph({ children: [new TextRun(`Filters: ${doc.filters}. Clauses: ${doc.shown} of ${doc.total}.`)] }),
    new Paragraph({ children: [new TextRun('Link: '), link(doc.permalink, doc.permalink, doc.linksRelative)] }),
  ]
  if (doc.linksRelative) {
    children.push(new Paragraph({ children: [new TextRun({ text: 'Links in this document are relative to wherever the app is served: add them to its address.', italics: true })] }))
  }
  children.push(
    new Paragraph({
      children: [
        new TextRun(
          `Each change is a tracked change by the drafters of the later version, dated on its date (${doc.base}): use Review › Accept or Reject. ` +
            'Moved text is a tracked move, with a comment saying where it went or came from. ' +
            (doc.ownDrafts ? 'Clause texts are the drafts’ own wording: own drafts, not published texts.' : 'Clause texts are our own paraphrases of published or reported wording, not quotations.'),
        ),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Versions')] }),
    table(versionsTable(doc)),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Summary')] }),
    ...doc.summary.map((line) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line)] })),
  )
  if (doc.keyChanges.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Key changes')] }),
      new Paragraph({ children: [new TextRun({ text: 'Found by word rules, not by reading for meaning: check each against the text.', italics: true })] }),
      ...doc.keyChanges.map((line) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line)] })),
    )
  }
  if (doc.terms.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Contested terms (change against ${doc.termsBase})`)] }),
      table(termsTable(doc)),
    )
  }
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('Clause by clause')] }))
  if (doc.clauses.length === 0) children.push(new Paragraph('No clause matches the filters.'))
  for (const clause of doc.clauses) children.push(...clauseParagraphs(clause, doc.linksRelative, ids))
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('References')] }))
  for (const reference of doc.references) {
    const { text, href } = reference.citation
    children.push(
      new Paragraph({
        alignment: AlignmentType.LEFT,
        children: [
          new TextRun({ text: `${reference.number}. `, bold: true }),
          new TextRun(`${text}: ${reference.title}. `),
          ...(href ? [new ExternalHyperlink({ link: href, children: [new TextRun({ text: href, style: 'Hyperlink', size: 18 })] })] : []),
        ],
      }),
    )
  }
  return new Document({
    title: doc.title,
    description: `${doc.negotiation}: ${doc.title}`,
    creator: 'peace-plan-diff',
    comments: { children: ids.comments },
    sections: [{ children }],
  })
}

/** The .docx file's bytes. */
export async function comparisonDocxBytes(doc: ComparisonDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(comparisonDocx(doc)))
}
