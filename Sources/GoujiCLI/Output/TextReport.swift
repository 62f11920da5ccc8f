import Foundation
import GoujiRules
import GoujiText

/// `check --format text`: one line per finding in the form compilers use, the source line with a caret under the
/// exact characters (CJK characters are two columns wide, a TAB four), then a summary line.
struct TextReport {
  var language: Language
  var color: Bool

  private static let tabWidth = 4

  /// The file's findings, appended one by one: with thousands of findings, holding each one's text until a final
  /// join doubled the memory of the output.
  func render(_ file: CheckedFile) -> String {
    var output = ""
    stream(file) { output += $0 }
    return output
  }

  /// The file's findings, handed to `write` one by one.
  func stream(_ file: CheckedFile, to write: (String) -> Void) {
    for diagnostic in file.diagnostics { write(render(diagnostic, in: file)) }
  }

  private func render(_ diagnostic: Diagnostic, in file: CheckedFile) -> String {
    let place = PrintedRange(diagnostic.range, in: file.text)
    // `error[GJ310]` stays as the command-line contract writes it in every language: editors and CI parse it.
    let severity = paint(diagnostic.severity.rawValue + "[\(diagnostic.code)]", severityColor(diagnostic.severity))
    var output = "\(paint("\(file.path):\(place.line):\(place.column):", "1"))\(" ")\(severity): "
      + diagnostic.message.text(language) + "\n"
    output += sourceExcerpt(diagnostic.range, text: file.text, caretColor: severityColor(diagnostic.severity))
    if let location = file.documentLocation(at: diagnostic.range.start) {
      output += "  " + paint(language == .zh ? "文档中：" : "note: in the document: ", "36") + location.text(language) + "\n"
    }
    if diagnostic.related.count <= 2 {
      for related in diagnostic.related {
        let relatedPlace = PrintedRange(related.range, in: file.text)
        output += "  " + paint(noteLabel, "36") + "\(file.path):\(relatedPlace.line):\(relatedPlace.column): "
          + related.message.text(language) + "\n"
      }
    } else {
      let items = diagnostic.related.map { related in
        let place = PrintedRange(related.range, in: file.text)
        let lineColumn = "\(place.line):\(place.column)"
        return related.message.text(language) + (language == .zh ? "（\(lineColumn)）" : " (\(lineColumn))")
      }
      output += "  " + paint(noteLabel, "36") + items.joined(separator: language == .zh ? "，" : ", ") + "\n"
    }
    if let title = diagnostic.firstFixDisplayTitle {
      output += "  " + paint(language == .zh ? "修复：" : "fix: ", "32") + title.text(language) + "\n"
    }
    return output
  }

  /// What introduces a related location: `相关：` / `note: ` (a full-width colon takes no space after it).
  private var noteLabel: String { language == .zh ? "相关：" : "note: " }

  /// How many columns of a long line are shown before and after the range.
  private static let context = (before: 40, after: 60)

  /// How many bytes around the range can hold the context: every character that takes a column takes at most four
  /// bytes per column, so a window this wide always holds `context` columns.
  private static let windowBytes = 4 * (max(context.before, context.after) + 4)

  /// The line of the range's start, and carets under the range (to the end of that line if it goes on). A long
  /// line is cut to a window around the range, marked with `…`. The window is cut by bytes before any width is
  /// measured, so an excerpt costs the same on a 2 MB line as on a short one.
  private func sourceExcerpt(_ range: TextRange, text: SourceText, caretColor: String) -> String {
    let line = text.line(containing: range.start)
    let content = text.lineContentRange(line)
    let start = min(range.start, content.end)
    let end = min(max(range.end, range.start), content.end)
    let windowStart = text.scalarBoundary(atOrBefore: max(content.start, start - TextReport.windowBytes))
    let windowEnd = text.scalarBoundary(atOrBefore: min(content.end, end + TextReport.windowBytes))
    var before = text[TextRange(start: windowStart, end: start)]
    let underlined = text[TextRange(start: start, end: end)]
    var after = text[TextRange(start: end, end: windowEnd)]
    if windowStart > content.start || width(before) > TextReport.context.before {
      before = "…" + trailing(before, columns: TextReport.context.before)
    }
    if windowEnd < content.end || width(after) > TextReport.context.after {
      after = leading(after, columns: TextReport.context.after) + "…"
    }
    let gutter = String(line + 1)
    var excerpt: [UInt8] = []
    excerpt.reserveCapacity(2 * (before.utf8.count + underlined.utf8.count + after.utf8.count) + 32)
    excerpt.append(0x20)
    excerpt += gutter.utf8
    excerpt += " | ".utf8
    for part in [before, underlined, after] { appendExpandingTabs(part, to: &excerpt) }
    excerpt += "\n ".utf8
    excerpt += repeatElement(0x20, count: gutter.utf8.count)
    excerpt += " | ".utf8
    excerpt += repeatElement(0x20, count: width(before))
    excerpt += paint(repeated(0x5E, max(1, width(underlined))), caretColor).utf8
    excerpt.append(0x0A)
    return String(decoding: excerpt, as: UTF8.self)
  }

  /// `part`'s bytes appended to `excerpt`, each TAB as ``tabWidth`` spaces (one buffer for the whole excerpt:
  /// joining strings and expanding TABs scalar by scalar cost more than the analysis when every finding of 20,000
  /// on a Word copy's lines was written).
  private func appendExpandingTabs(_ part: String, to excerpt: inout [UInt8]) {
    for byte in part.utf8 {
      if byte == 0x09 {
        excerpt += repeatElement(0x20, count: TextReport.tabWidth)
      } else {
        excerpt.append(byte)
      }
    }
  }

  /// The last characters of `string` that fit in `columns`.
  private func trailing(_ string: some StringProtocol, columns: Int) -> String {
    var taken: [Character] = []
    var total = 0
    for character in string.reversed() {
      let characterWidth = width(character)
      guard total + characterWidth <= columns else { break }
      total += characterWidth
      taken.append(character)
    }
    return String(taken.reversed())
  }

  /// The first characters of `string` that fit in `columns`.
  private func leading(_ string: some StringProtocol, columns: Int) -> String {
    var result = ""
    var total = 0
    for character in string {
      let characterWidth = width(character)
      guard total + characterWidth <= columns else { break }
      total += characterWidth
      result.append(character)
    }
    return result
  }

  /// `count` copies of an ASCII character (from bytes: much cheaper than `String(repeating:count:)`).
  private func repeated(_ ascii: UInt8, _ count: Int) -> String {
    String(decoding: [UInt8](repeating: ascii, count: count), as: UTF8.self)
  }

  private func width(_ character: Character) -> Int {
    character.unicodeScalars.reduce(0) { total, scalar in
      total + (scalar == "\t" ? TextReport.tabWidth : DisplayWidth.of(scalar))
    }
  }

  private func width(_ string: String) -> Int {
    string.unicodeScalars.reduce(0) { total, scalar in
      total + (scalar == "\t" ? TextReport.tabWidth : DisplayWidth.of(scalar))
    }
  }

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

  private func paint(_ string: String, _ code: String) -> String {
    color ? "\u{1B}[\(code)m\(string)\u{1B}[0m" : string
  }
}
