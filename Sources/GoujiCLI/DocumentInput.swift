import Foundation
import GoujiDocuments
import GoujiText

/// Reports that arrive as documents rather than text: Word (.docx) and web pages (.html, .htm) are read by
/// `GoujiDocuments`; PDF files are turned into text by poppler's `pdftotext` when it is installed.
enum DocumentInput {
  /// The kinds of document gouji reads, by file name extension.
  enum Kind: String {
    case word = "docx"
    case page = "html"
    case pdf

    init?(path: String) {
      switch (path as NSString).pathExtension.lowercased() {
      case "docx": self = .word
      case "html", "htm": self = .page
      case "pdf": self = .pdf
      default: return nil
      }
    }
  }

  /// The file name extensions a directory is searched for.
  static let collectedExtensions: Set<String> = ["txt", "docx", "html", "htm", "pdf"]

  /// Why a report in a format gouji does not read cannot be checked, with what to do, by file name extension:
  /// government portals also publish reports as Word 97–2003 (.doc), WPS (.wps), RTF and OFD files. A folder's such
  /// files are named as unreadable, never skipped silently.
  static func unsupported(_ path: String) -> InputError? {
    switch (path as NSString).pathExtension.lowercased() {
    case "doc", "wps", "rtf":
      return InputError(
        path: path,
        zh: "无法读取此格式的文件：请另存为.docx（Word、WPS：另存为；或 soffice --headless --convert-to docx 文件名）",
        en: "this format cannot be read: save it as .docx (Word, WPS: Save As; "
          + "or soffice --headless --convert-to docx FILE)"
      )
    case "ofd":
      return InputError(
        path: path, zh: "无法读取OFD文件：请使用同一报告的PDF、Word或网页版本",
        en: "OFD files cannot be read: use the PDF, Word or web version of the report"
      )
    default: return nil
    }
  }

  /// The document's text and structure map, or `nil` for a text file (any other extension, or standard input); a
  /// PDF's pictures placed in its text when `picturesTraced`.
  static func extract(_ bytes: [UInt8], path: String, io: CommandIO, picturesTraced: Bool) throws
    -> ExtractedDocument?
  {
    guard path != "-", let kind = Kind(path: path) else { return nil }
    let document: ExtractedDocument
    do {
      switch kind {
      case .word: document = try WordDocumentReader.read(bytes)
      case .page: document = try HTMLDocumentReader.read(bytes)
      case .pdf:
        // Letters are looked for before the pictures' traces are added: a scan is a picture and nothing else.
        let text = try PDFText.extract(path, io: io)
        let holdsText = ExtractedDocument.hasLetters(text)
        let traced = holdsText && picturesTraced ? PDFText.withPictureTraces(text, path: path, io: io) : text
        document = ExtractedDocument(text: traced, places: [], holdsText: holdsText)
      }
    } catch let error as DocumentError {
      throw InputError(
        path: path, zh: "无法作为\(kind.name.zh)读取：\(error.reason)",
        en: "cannot be read as \(kind.name.en): \(error.reason)"
      )
    }
    try requireText(document, kind: kind, path: path)
    return document
  }

  /// Refuses a document with no letter or ideograph in its text: a scanned PDF (pdftotext writes only its form
  /// feeds), a page or Word document of pictures. There is nothing to check, and a report read as empty would get an
  /// error for every section it is said to lack.
  private static func requireText(_ document: ExtractedDocument, kind: Kind, path: String) throws {
    guard !document.holdsText else { return }
    if kind == .pdf {
      throw InputError(
        path: path, zh: "PDF文件中没有文字（扫描件或图片？）：无法读取，请使用带文字层的PDF，或Word、网页版本",
        en: "the PDF file holds no text (a scan or pictures?): nothing can be read; use a PDF with a text layer, or "
          + "the Word or web version"
      )
    }
    throw InputError(
      path: path, zh: "\(kind.name.zh)中没有文字（只有图片？）：无法读取",
      en: "\(kind.name.en) with no text (pictures only?): nothing can be read"
    )
  }
}

extension DocumentInput.Kind {
  /// What the kind is called in messages.
  var name: (zh: String, en: String) {
    switch self {
    case .word: ("Word文档", "a Word document")
    case .page: ("网页", "a web page")
    case .pdf: ("PDF文件", "a PDF file")
    }
  }
}
