import { downloadFile } from '../../components/downloadFile.ts'
import { csvFile, matrixJson, matrixRecords, type MatrixLinks } from '../../domain/documents/exportMatrix.ts'
import type { Matrix, MatrixRow } from '../../domain/matrix.ts'
import type { Negotiation } from '../../domain/model.ts'
import { publishedUrl } from '../../state/urlSync.ts'
import { DEFAULT_COMPARE_OPTIONS, type MatrixOptions } from '../../url/route.ts'

/** Exported links: the matrix as shown, and each term's clause compared across its columns, base first. */
function exportLinks(options: MatrixOptions, matrix: Matrix): MatrixLinks {
  const versions = [matrix.base.id, ...matrix.versions.filter((version) => version.id !== matrix.base.id).map((version) => version.id)]
  return {
    permalink: publishedUrl({ page: 'matrix', options }),
    clauseLink: (clause) => publishedUrl({ page: 'compare', versions, options: { ...DEFAULT_COMPARE_OPTIONS, clause } }),
  }
}

export interface MatrixExportsProps {
  readonly negotiation: Negotiation
  readonly matrix: Matrix
  readonly options: MatrixOptions
  /** The rows as the table shows them, filtered and sorted, read when a file is made. */
  readonly rows: () => readonly MatrixRow[]
}

/** The matrix as shown, as a CSV or a JSON file. */
export function MatrixExports({ negotiation, matrix, options, rows }: MatrixExportsProps) {
  const exportCsv = () => downloadFile('positions-matrix.csv', 'text/csv;charset=utf-8', csvFile(matrixRecords(matrix, rows(), negotiation, exportLinks(options, matrix))))
  const exportJson = () => {
    // Stamped when the file is made, not when the page was drawn.
    const generatedAt = new Date().toISOString()
    downloadFile('positions-matrix.json', 'application/json', JSON.stringify(matrixJson(matrix, rows(), negotiation, generatedAt, exportLinks(options, matrix)), null, 2))
  }
  return (
    <>
      <button type="button" onClick={exportCsv}>
        Export CSV
      </button>
      <button type="button" onClick={exportJson}>
        Export JSON
      </button>
    </>
  )
}
