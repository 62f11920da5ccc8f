import Foundation
import GoujiDocuments
import GoujiRules
import GoujiText

/// A file that could not be read or decoded: exit status 2, naming the file and the reason.
struct InputError: Error {
  var path: String
  /// Why, in both languages (a detail from below, such as an archive's damage, stays as that layer wrote it).
  var reason: LocalizedText

  init(path: String, zh: String, en: String) {
    self.path = path
    self.reason = LocalizedText(zh: zh, en: en)
  }

  /// `path: reason` in `language`.
  func message(_ language: Language) -> String { "\(path): \(reason.text(language))" }
}

/// A report file as read from disk or standard input, with how it was encoded.
struct InputFile {
  /// The path as given (`-` for standard input, shown as `<stdin>`).
  var path: String
  var decoded: DecodedText
  var bytes: [UInt8]
  /// For a .docx, .html or .pdf file: the text it was read as and where that text came from (see `DocumentInput`).
  var document: ExtractedDocument?

  var displayPath: String { path == "-" ? "<stdin>" : path }

  /// The file at `path` (`-`: standard input), decoded, a document's text extracted. `picturesTraced: false` leaves a
  /// PDF's pictures unplaced (``PDFText/withPictureTraces(_:path:io:)``, two more poppler runs): the batch's title
  /// pass needs only the first lines' text.
  static func read(_ path: String, io: CommandIO, picturesTraced: Bool = true) throws -> InputFile {
    let bytes: [UInt8]
    if path == "-" {
      bytes = io.readStandardInput()
    } else {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw InputError(path: path, zh: "文件不存在", en: "no such file")
      }
      guard !isDirectory.boolValue else { throw InputError(path: path, zh: "是文件夹，不是文件", en: "is a directory") }
      if let unreadable = DocumentInput.unsupported(path) { throw unreadable }
      let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
      try refuseIfTooLong(size, path: path, io: io)
      guard let data = FileManager.default.contents(atPath: path) else {
        throw InputError(path: path, zh: "无法读取（没有权限？）", en: "cannot be read (permission denied?)")
      }
      bytes = Array(data)
    }
    // Standard input has no size before it is read, and a file may have grown since.
    try refuseIfTooLong(bytes.count, path: path, io: io)
    let document = try DocumentInput.extract(bytes, path: path, io: io, picturesTraced: picturesTraced)
    let decoded: DecodedText
    do {
      decoded = try TextDecoding.decode(document.map { Array($0.text.utf8) } ?? bytes)
    } catch {
      throw InputError(
        path: path, zh: "不是文本文件：无法解码（\(error.reason)）", en: "not a text file: cannot be decoded (\(error.reason))"
      )
    }
    try refuseIfTooLong(decoded.text.utf8.count, path: path, io: io)
    if document == nil, let reason = BinaryDetector.reason(decoded) {
      throw InputError(path: path, zh: "不是文本文件（\(reason)）", en: "not a text file (\(reason))")
    }
    return InputFile(path: path, decoded: decoded, bytes: bytes, document: document)
  }

  /// Refuses a text of `size` bytes longer than `io.maximumTextBytes`: it is never read in part.
  private static func refuseIfTooLong(_ size: Int, path: String, io: CommandIO) throws {
    guard size > io.maximumTextBytes else { return }
    throw InputError(
      path: path, zh: "文件太大（\(size) 字节）：gouji 只读不超过 \(io.maximumTextBytes) 字节的文本",
      en: "too large (\(size) bytes): gouji reads texts of at most \(io.maximumTextBytes) bytes"
    )
  }
}
