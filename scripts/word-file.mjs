// A Word file of plain paragraphs, written by the docx package, for tests that open .docx files.
// Plain JavaScript: docx's type declarations do not resolve under the tests' Node module settings.
import { Document, Packer, Paragraph } from 'docx'

/** @param {readonly string[]} paragraphs @returns {Promise<Buffer>} */
export function wordFile(paragraphs) {
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }] }))
}
