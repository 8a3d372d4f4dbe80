/**
 * The comparison as a Word document whose changes are real tracked revisions: each removed
 * run is a `w:del` and each added run a `w:ins`, by the later version's drafters and dated on
 * its date, so Word's Review pane lists them and Accept or Reject turns the earlier text into
 * the later one. Built with `docx` from the `ComparisonDocument`; the app loads this module
 * only when a user exports.
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
  type ParagraphChild,
} from 'docx'
import type { ComparisonDocument, ExportCell, ExportClause, ExportPart } from './comparisonExport.ts'

/** Numbers revisions; Word needs each id once in the document. */
class RevisionIds {
  private next = 1
  take(): number {
    return this.next++
  }
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
    ...part.runs.map((run) => {
      if (run.kind === 'removed') return new DeletedTextRun({ text: run.text, id: ids.take(), author, date })
      if (run.kind === 'added') return new InsertedTextRun({ text: run.text, id: ids.take(), author, date })
      return new TextRun(run.text)
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
  if (cell.note) paragraphs.push(new Paragraph({ indent: { left: 360 }, children: [new TextRun({ text: cell.note, italics: true })] }))
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

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
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
            'Clause texts are our own paraphrases of published or reported wording, not quotations.',
        ),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Versions')] }),
    table(
      ['Version', 'Date', 'Drafters', 'How its text is known'],
      doc.versions.map((version) => [`${version.title} (${version.id})`, version.date, version.drafters, version.textKnown]),
    ),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Summary')] }),
    ...doc.summary.map((line) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(line)] })),
  )
  if (doc.terms.length > 0) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Contested terms (change against ${doc.termsBase})`)] }),
      table(
        ['Term', ...doc.versions.map((version) => version.shortTitle)],
        doc.terms.map((term) => [`${term.label}${term.disputed ? ' (disputed)' : ''}`, ...term.values]),
      ),
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
    sections: [{ children }],
  })
}

/** The .docx file's bytes. */
export async function comparisonDocxBytes(doc: ComparisonDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(comparisonDocx(doc)))
}
