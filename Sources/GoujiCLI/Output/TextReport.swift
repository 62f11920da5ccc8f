import Foundation
import GoujiRules
import GoujiText

/// `check --format text`: one line per finding in the form compilers use, the source line with a caret under the
/// exact characters (CJK characters are two columns wide, a TAB four), then a summary line.
struct TextReport {
  var language: Language
  var color: Bool

  static let tabWidth = 4

  /// The file's findings, appended one by one: with thousands of findings, holding each one's text until a final
  /// join doubled the memory of the output.
  func render(_ file: CheckedFile) -> String {
    var output = ""
    stream(file) { output += $0 }
    return output
  }

  /// The file's findings, handed to `write` in pieces of about ``FileOutput/chunkBytes``: every finding is written as
  /// bytes into one buffer, its message in the language asked for alone (a text of `一、x` lines has a finding a
  /// line, and joining each finding's `String`s, both languages' words made, was 40 % of `gouji check`'s time on it).
  func stream(_ file: CheckedFile, to write: (String) -> Void) {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(FileOutput.chunkBytes + 4096)
    for diagnostic in file.diagnostics {
      append(diagnostic, in: file, to: &buffer)
      if buffer.count >= FileOutput.chunkBytes {
        write(String(decoding: buffer, as: UTF8.self))
        buffer.removeAll(keepingCapacity: true)
      }
    }
    if !buffer.isEmpty { write(String(decoding: buffer, as: UTF8.self)) }
  }

  /// One finding's lines: `path:line:column: severity[code]: message`, the source excerpt, the document's place,
  /// the related places and the first fix's title.
  private func append(_ diagnostic: Diagnostic, in file: CheckedFile, to output: inout [UInt8]) {
    // `error[GJ310]` stays as the command-line contract writes it in every language: editors and CI parse it.
    let severityColor = severityColor(diagnostic.severity)
    appendPainted("1", to: &output) { appendPlace(diagnostic.range.start, in: file, to: &$0) }
    output.append(0x20)
    appendPainted(severityColor, to: &output) {
      $0 += diagnostic.severity.rawValue.utf8
      $0.append(0x5B)
      $0 += diagnostic.code.utf8
      $0.append(0x5D)
    }
    output += ": ".utf8
    output += diagnostic.message(in: language).utf8
    output.append(0x0A)
    appendExcerpt(diagnostic.range, text: file.text, caretColor: severityColor, to: &output)
    if let location = file.documentLocation(at: diagnostic.range.start) {
      appendNote(language == .zh ? "文档中：" : "note: in the document: ", "36", to: &output)
      output += location.text(language).utf8
      output.append(0x0A)
    }
    let related = diagnostic.related
    if related.count <= 2 {
      for related in related {
        appendNote(noteLabel, "36", to: &output)
        appendPlace(related.range.start, in: file, to: &output)
        output.append(0x20)
        output += related.message.text(language).utf8
        output.append(0x0A)
      }
    } else {
      let items = related.map { related in
        let place = PrintedRange(related.range, in: file.text)
        let lineColumn = "\(place.line):\(place.column)"
        return related.message.text(language) + (language == .zh ? "（\(lineColumn)）" : " (\(lineColumn))")
      }
      appendNote(noteLabel, "36", to: &output)
      output += items.joined(separator: language == .zh ? "，" : ", ").utf8
      output.append(0x0A)
    }
    if let title = diagnostic.firstFixDisplayTitle {
      appendNote(language == .zh ? "修复：" : "fix: ", "32", to: &output)
      output += title.text(language).utf8
      output.append(0x0A)
    }
  }

  /// `path:line:column:` of `offset` (1-based, columns in characters).
  private func appendPlace(_ offset: Int, in file: CheckedFile, to output: inout [UInt8]) {
    let place = file.text.lineColumn(of: offset, in: .utf32)
    output += file.path.utf8
    output.append(0x3A)
    output += String(place.line + 1).utf8
    output.append(0x3A)
    output += String(place.column + 1).utf8
    output.append(0x3A)
  }

  /// Two spaces and `label` painted `code`: how a note under a finding starts.
  private func appendNote(_ label: String, _ code: String, to output: inout [UInt8]) {
    output += "  ".utf8
    appendPainted(code, to: &output) { $0 += label.utf8 }
  }

  /// What `body` writes, painted `code`: between the terminal's escapes for it and for the default when the output
  /// is coloured.
  func appendPainted(_ code: String, to output: inout [UInt8], _ body: (inout [UInt8]) -> Void) {
    if color {
      output += "\u{1B}[".utf8
      output += code.utf8
      output.append(0x6D)
    }
    body(&output)
    if color { output += "\u{1B}[0m".utf8 }
  }

  /// What introduces a related location: `相关：` / `note: ` (a full-width colon takes no space after it).
  private var noteLabel: String { language == .zh ? "相关：" : "note: " }

  /// `检查了1个文件，共3个问题（1个错误，2个警告）` / `3 problems (1 error, 2 warnings)` over all files.
  func summary(_ tally: CheckTally) -> String {
    let total = tally.total
    let counts = Severity.allCases.map { ($0, tally.counts[$0] ?? 0) }.filter { $0.1 > 0 }
    let fixed = tally.fixesApplied
    switch language {
    case .zh:
      let detail = counts.map { "\($0.1)个\($0.0.name.zh)" }.joined(separator: "，")
      let fixedText = fixed > 0 ? "，已修复\(fixed)处" : ""
      return total == 0
        ? "检查了\(tally.files)个文件，未发现问题\(fixedText)\n"
        : "检查了\(tally.files)个文件，共\(total)个问题（\(detail)）\(fixedText)\n"
    case .en:
      let detail = counts.map { "\($0.1) \($0.0.name.en)\($0.1 == 1 || $0.0 == .information ? "" : "s")" }
        .joined(separator: ", ")
      let fixedText = fixed > 0 ? ", \(fixed) fixed" : ""
      let fileWord = tally.files == 1 ? "file" : "files"
      return total == 0
        ? "Checked \(tally.files) \(fileWord), no problems\(fixedText)\n"
        : "Checked \(tally.files) \(fileWord), \(total) problem\(total == 1 ? "" : "s") (\(detail))\(fixedText)\n"
    }
  }

  private func severityColor(_ severity: Severity) -> String {
    switch severity {
    case .error: "1;31"
    case .warning: "1;33"
    case .information: "1;34"
    case .hint: "1;36"
    }
  }
}
