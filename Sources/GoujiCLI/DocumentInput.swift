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

  /// The document's text and structure map, or `nil` for a text file (any other extension, or standard input).
  static func extract(_ bytes: [UInt8], path: String, io: CommandIO) throws -> ExtractedDocument? {
    guard path != "-", let kind = Kind(path: path) else { return nil }
    do {
      switch kind {
      case .word: return try WordDocumentReader.read(bytes)
      case .page: return try HTMLDocumentReader.read(bytes)
      case .pdf: return ExtractedDocument(text: try PDFText.extract(path, io: io), places: [])
      }
    } catch let error as DocumentError {
      let what = kind == .word ? ("Word文档", "a Word document") : kind == .page ? ("网页", "a web page") : ("PDF文件", "a PDF file")
      throw InputError(
        path: path, zh: "无法作为\(what.0)读取：\(error.reason)", en: "cannot be read as \(what.1): \(error.reason)"
      )
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
