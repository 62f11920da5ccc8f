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

  /// The document's text and structure map, or `nil` for a text file (any other extension, or standard input).
  static func extract(_ bytes: [UInt8], path: String, io: CommandIO) throws -> ExtractedDocument? {
    guard path != "-", let kind = Kind(path: path) else { return nil }
    let document: ExtractedDocument
    do {
      switch kind {
      case .word: document = try WordDocumentReader.read(bytes)
      case .page: document = try HTMLDocumentReader.read(bytes)
      case .pdf: document = ExtractedDocument(text: try PDFText.extract(path, io: io), places: [])
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

/// The text of a PDF file as `pdftotext -layout -enc UTF-8` (poppler-utils) writes it.
enum PDFText {
  /// How long pdftotext may run on one file before it is stopped: a damaged or hostile PDF must not hold a whole
  /// folder's check.
  static let timeLimit: TimeInterval = 60

  static func extract(_ path: String, io: CommandIO) throws -> String {
    guard let tool = executable("pdftotext", searchPath: io.environment["PATH"] ?? "/usr/bin:/bin") else {
      throw DocumentError("pdftotext is not installed (Debian/Ubuntu: apt-get install poppler-utils)")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = ["-layout", "-enc", "UTF-8", path, "-"]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do { try process.run() } catch { throw DocumentError("pdftotext could not be started: \(error)") }
    let watchdog = Watchdog(process, after: timeLimit)
    // Both pipes are read at once: a child that fills its error pipe while we wait on its output would never end.
    let message = PipeDrain(errors.fileHandleForReading)
    let text = output.fileHandleForReading.readDataToEndOfFile()
    let detail = String(decoding: message.wait(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    process.waitUntilExit()
    // Only a process the watchdog actually stopped ran out of time: a pipe held open by another child spawned
    // meanwhile (pipes are inherited across concurrent spawns) can delay the end of reading past the limit.
    if watchdog.fired, process.terminationReason == .uncaughtSignal {
      throw DocumentError("pdftotext did not finish within \(Int(timeLimit)) s")
    }
    guard process.terminationStatus == 0 else {
      throw DocumentError(
        "pdftotext failed (status \(process.terminationStatus))\(detail.isEmpty ? "" : ": " + detail)")
    }
    return String(decoding: text, as: UTF8.self)
  }

  /// The first executable named `name` in the directories of `searchPath`.
  private static func executable(_ name: String, searchPath: String) -> String? {
    searchPath.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
