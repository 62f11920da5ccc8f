import Foundation
import GoujiDocuments

/// A PDF's tables published as pictures: their traces placed in the text (``PDFPictureTraces``).
extension PDFText {
  /// `text` with a trace line where each large picture of the PDF at `path` stands, when poppler's `pdfimages` and
  /// `pdftohtml` are installed and the PDF holds a picture large enough to be a table; `text` itself otherwise, or
  /// when either tool fails (the traces only turn a pictured table's GJ301 into GJ308).
  static func withPictureTraces(_ text: String, path: String, io: CommandIO) -> String {
    guard let list = try? run("pdfimages", ["-list", path], io: io),
      PDFPictureTraces.listsLargePicture(String(decoding: list, as: UTF8.self))
    else { return text }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gouji-pdf-\(UUID().uuidString)")
    guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)) != nil else {
      return text
    }
    defer { try? FileManager.default.removeItem(at: folder) }
    let base = folder.appendingPathComponent("page").path
    guard (try? run("pdftohtml", ["-xml", "-q", "-nodrm", path, base], io: io)) != nil,
      let xml = FileManager.default.contents(atPath: base + ".xml")
    else { return text }
    return PDFPictureTraces.inserting(into: text, pdftohtmlXML: Array(xml))
  }
}
