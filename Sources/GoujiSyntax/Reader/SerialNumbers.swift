import GoujiFormats
import GoujiText

/// A 序号 column in table 三: a number before each row's label (`1    一、本年新收…`, `3 三、本  （一）予以公开`, in a
/// grid `│3   │`), or, where layout text wraps a label, at the start of the label's next line (`（二）部分公开（区分处理
/// 的，只` / `4 理结果 计这一情形，不计其他情形） 0 0 0 0 1 0 1`). Where a row's number stands after the row above's
/// values (one cell per line, layout text, flattened text), that row held one value too many and was unread; in
/// flattened text without separators the number is glued to those values (`…33 3602二、上年结转`,
/// `SerialNumbers+Glued.swift`).
///
/// The numbers are found as a run, never one by one: each row's candidates are the whole number standing right before
/// its label (only group-label text between: `8      （三）不  4.保护…`), the whole number right after it that its
/// label's text follows (`21  不补正、…`), the number opening the line of values between a cut label's first line and
/// its rest (`…不计其他` / `4   0 0 0 0 1 0 1` / `情形）`) and, in reading order, the number on a line of its own
/// between the values on a cut label's line and its rest (`…禁止 0 0 0 0 0 0 0` / `6` / `公开`), and the numbers of a
/// block counting up one per line before a label (`18` / … / `25`: that row's and the next rows'); the column is
/// recognised only when every row read by its label, five at least, has exactly one candidate on one run — its row's place among the format's rows plus a constant, or the
/// rows' order plus a constant. Five numbers standing so by chance (a row's 总计 right before the next label in
/// flattened text) would have to count up one by one; no table is read with a number of the run taken for a value,
/// and a table whose run breaks anywhere keeps every number (its rows unread as before, never a serial read as a
/// cell).
struct SerialNumbers {
  let text: SourceText
  let excluded: ExcludedRanges

  /// A row read by its label: the label's range and its place among the format's rows.
  struct Row {
    var label: TextRange
    var place: Int
  }

  /// How many rows the run must hold at least.
  static let shortestRun = 5

  /// The numbers of the 序号 column before `rows` (in text order, the first one's number after `start`), or none:
  /// numbers of their own, or, where none make a run, numbers glued to the values before them (``gluedRun(of:from:)``).
  func ranges(of rows: [Row], from start: Int, to end: Int) -> [TextRange] {
    guard rows.count >= Self.shortestRun else { return [] }
    // A block of numbers counting up before a row's label gives that row and the rows after it their candidates; the
    // rows are asked in order, so a row's candidates from blocks are complete when it is asked.
    var fromBlocks = Array(repeating: [Number](), count: rows.count)
    let wordsBefore = { (index: Int) in
      words(before: rows[index].label.start, from: index == 0 ? start : rows[index - 1].label.end)
    }
    let displaced = {
      rows.indices.flatMap { index in displacedNumbers(wordsBefore(index), before: rows[index].label.start) }
    }
    let spaced = countingRun(of: rows, displaced: displaced) { index in
      let words = wordsBefore(index)
      let block = countingBlock(words, before: rows[index].label.start)
      for (offset, number) in block.prefix(rows.count - index).enumerated() { fromBlocks[index + offset] += [number] }
      let before = numberBefore(words)
      let next = index + 1 < rows.count ? rows[index + 1].label.start : end
      let after = [
        numberAfter(rows[index].label.end, upTo: next), numberAfterValues(rows[index].label.end, upTo: next),
        numberBeforeValues(rows[index].label.end, upTo: next),
      ]
      return ([before] + after).compactMap { $0 } + fromBlocks[index]
    }
    return spaced.isEmpty ? gluedRun(of: rows, from: start) : spaced
  }

  /// The one run through each row's `candidates` — its row's place among the format's rows plus a constant, or the
  /// rows' order plus a constant —, or none. A row none of whose candidates has its number may take it from the
  /// numbers `displaced` gives (``displacedNumbers(before:from:)``), once, when it stands after the row's label. The
  /// rows are asked in order, and `displaced` only once a row has candidates (a table without the column, most, is
  /// left at its first row, before the displaced numbers are looked for).
  func countingRun(
    of rows: [Row], displaced: () -> [Number] = { [] }, candidates numbersOf: (Int) -> [Number]
  ) -> [TextRange] {
    var candidates: [[Number]] = []
    var displacedNumbers: [Number]?
    for index in rows.indices {
      let numbers = numbersOf(index)
      if numbers.isEmpty {
        // A row without a candidate breaks every run unless a displaced number may be its own.
        guard index > 0 else { return [] }
        displacedNumbers = displacedNumbers ?? displaced()
        guard displacedNumbers?.isEmpty == false else { return [] }
      }
      candidates.append(numbers)
    }
    let displaced = displacedNumbers ?? displaced()
    var runs: [[TextRange]] = []
    for first in candidates[0] {
      let byPlace = first.value - rows[0].place
      runs += [
        run(candidates, rows: rows, displaced: displaced) { byPlace + rows[$0].place },
        run(candidates, rows: rows, displaced: displaced) { first.value + $0 },
      ].compactMap { $0 }
    }
    guard let chosen = runs.first, runs.allSatisfy({ $0 == chosen }) else { return [] }
    return chosen
  }

  /// The candidates of each row with the number `expected(row)`, when every row has exactly one, or none and exactly
  /// one of `displaced` not taken yet after its label.
  private func run(
    _ candidates: [[Number]], rows: [Row], displaced: [Number], expected: (Int) -> Int
  ) -> [TextRange]? {
    var ranges: [TextRange] = []
    var taken = Set<Int>()
    for (row, numbers) in candidates.enumerated() {
      var matching = numbers.filter { $0.value == expected(row) }
      if matching.isEmpty {
        matching = displaced.filter { number in
          number.value == expected(row) && number.range.start > rows[row].label.end
            && !taken.contains(number.range.start)
        }
        taken.formUnion(matching.map(\.range.start))
      }
      guard matching.count == 1 else { return nil }
      ranges.append(matching[0].range)
    }
    return ranges
  }

  /// A whole number as written, and where.
  struct Number {
    var value: Int
    var range: TextRange
  }

  /// The words between `start` and `labelStart` (``tokens(in:)``): what stands before a row's label after the label
  /// before it, where ``numberBefore(_:)``, ``countingBlock(_:before:)`` and ``displacedNumbers(_:before:)`` look.
  private func words(before labelStart: Int, from start: Int) -> [TextRange] {
    Array(tokens(in: TextRange(start: start, end: max(start, labelStart))))
  }

  /// The number standing last among `words` (before a label), group-label text (and grid bars) skipped.
  private func numberBefore(_ words: [TextRange]) -> Number? {
    for word in words.reversed() {
      if let number = number(word) { return number }
      guard isGroupText(word) else { return nil }
    }
    return nil
  }

  /// The number standing first after `labelEnd`, before `end`, when text follows it (the label's next line).
  private func numberAfter(_ labelEnd: Int, upTo end: Int) -> Number? {
    var words = tokens(in: TextRange(start: labelEnd, end: max(labelEnd, end))).makeIterator()
    guard let first = words.next(), let number = number(first), let next = words.next() else { return nil }
    return isValueLike(next) ? nil : number
  }

  /// The number standing on a line of its own after the values on the line of a label that is cut, text (the
  /// label's rest, a group label) following it (`2.其他法律行政法规禁止 0 0 0 0 0 0 0` / `6` / `公开`, as `pdftotext`
  /// writes a number set beside a wrapped label in reading order).
  private func numberAfterValues(_ labelEnd: Int, upTo end: Int) -> Number? {
    var words = tokens(in: TextRange(start: labelEnd, end: max(labelEnd, end))).makeIterator()
    var last = labelEnd
    while let word = words.next() {
      guard lineBreaks(from: last, to: word.start) == 0 else {
        guard last > labelEnd, let number = number(word), let next = words.next(),
          onLinesOfTheirOwn(nil, word, next), !isValueLike(next)
        else { return nil }
        return number
      }
      guard isValueLike(word) else { return nil }
      last = word.end
    }
    return nil
  }

  /// The number opening the line right after a cut label's line, the rest of that line values, and text (the
  /// label's rest) on the next line (`（二）部分公开（区分处理的，只计这一情形，不计其他` / `4   0 0 0 0 1 0 1` /
  /// `情形）`, as `pdftotext -layout` writes LibreOffice's PDF of a label wrapped around its values and its number).
  private func numberBeforeValues(_ labelEnd: Int, upTo end: Int) -> Number? {
    var words = tokens(in: TextRange(start: labelEnd, end: max(labelEnd, end))).makeIterator()
    guard let first = words.next(), lineBreaks(from: labelEnd, to: first.start) == 1, let number = number(first) else {
      return nil
    }
    var last = first.end
    while let word = words.next() {
      let valueLike = isValueLike(word)
      guard lineBreaks(from: last, to: word.start) == 0 else {
        return last > first.end && lineBreaks(from: last, to: word.start) == 1 && !valueLike ? number : nil
      }
      guard valueLike else { return nil }
      last = word.end
    }
    return nil
  }

  /// The numbers ending `words`, right before `labelStart`, each on a line of its own, one line after the other,
  /// counting up one per line (`18` / `19` / … / `25`, a page's numbers written before its first label in reading
  /// order); two at least, else none. The first is the label's row's, the next the row after it's, and so on.
  private func countingBlock(_ words: [TextRange], before labelStart: Int) -> [Number] {
    var block: [Number] = []
    for index in words.indices.reversed() {
      guard let number = number(words[index]), block.first.map({ $0.value == number.value + 1 }) ?? true,
        onLinesOfTheirOwn(index > 0 ? words[index - 1] : nil, words[index], block.first?.range)
      else { break }
      block.insert(number, at: 0)
    }
    guard block.count >= 2, lineBreaks(from: block[block.count - 1].range.end, to: labelStart) >= 1 else { return [] }
    return block
  }

  /// The numbers among `words` (before `labelStart`) standing among group labels, each on a line of its own, counting
  /// up (`8` / `（三）不` / `予公开` / `9` / `13` / … / `22` / `23` / `3.其他`: LibreOffice's PDF in reading order writes
  /// the numbers of rows beside a group label's middle with the group labels); none unless two numbers at least and
  /// a group label stand so.
  private func displacedNumbers(_ words: [TextRange], before labelStart: Int) -> [Number] {
    var numbers: [Number] = []
    var amongGroupLabels = false
    for index in words.indices.reversed() {
      let word = words[index]
      let alone =
        (index == 0 || lineBreaks(from: words[index - 1].end, to: word.start) >= 1)
        && lineBreaks(from: word.end, to: index + 1 < words.count ? words[index + 1].start : labelStart) >= 1
      if let number = number(word), alone, numbers.first.map({ $0.value > number.value }) ?? true {
        numbers.insert(number, at: 0)
      } else if isGroupText(word) {
        amongGroupLabels = amongGroupLabels || !numbers.isEmpty
      } else {
        break
      }
    }
    return numbers.count >= 2 && amongGroupLabels ? numbers : []
  }

  /// Whether `word` stands on a line of its own: one line break between it and each of the words around it that
  /// there are (the one before it, `previous`, may be on any earlier line).
  private func onLinesOfTheirOwn(_ previous: TextRange?, _ word: TextRange, _ next: TextRange?) -> Bool {
    (previous.map { lineBreaks(from: $0.end, to: word.start) >= 1 } ?? true)
      && (next.map { lineBreaks(from: word.end, to: $0.start) == 1 } ?? true)
  }

  /// Whether `word` reads as a value (``CellExtractor/isValueLike(_:)``).
  private func isValueLike(_ word: TextRange) -> Bool {
    CellExtractor.isValueLike(CharacterFolding.normalizeAndTrim(text[word]))
  }

  /// Whether `word` may be part of a group label (``groupText``).
  func isGroupText(_ word: TextRange) -> Bool {
    SerialNumbers.groupText.value.allows(CharacterFolding.normalizeAndTrim(text[word]))
  }

  /// The line feeds between `start` and `end`.
  private func lineBreaks(from start: Int, to end: Int) -> Int {
    text.bytes[start..<max(start, end)].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
  }

  /// The words of `range` with the grid bars around them trimmed (a bar alone is no word), cut as they are read:
  /// ``numberAfter(_:upTo:)`` reads two of a row's words, not all of its values.
  func tokens(in range: TextRange) -> some Sequence<TextRange> {
    Words(in: range, text: text, excluded: excluded).lazy.compactMap { word in
      var (start, end) = (word.start, word.end)
      while start < end && CharacterFolding.isGridBar(text.scalar(at: start)) { start += 1 }
      while end > start && CharacterFolding.isGridBar(text.scalar(at: text.scalarBoundary(atOrBefore: end - 1))) {
        end = text.scalarBoundary(atOrBefore: end - 1)
      }
      return start < end ? TextRange(start: start, end: end) : nil
    }
  }

  /// `word` as a serial number: one to three ASCII digits, not starting with 0.
  private func number(_ word: TextRange) -> Number? {
    let digits = text.bytes[word.start..<word.end]
    guard (1...3).contains(digits.count), digits.first != UInt8(ascii: "0"),
      digits.allSatisfy({ (0x30...0x39).contains($0) })
    else { return nil }
    return Number(value: digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }, range: word)
  }

  /// The characters of every group label of table 三, which may stand between a row's number and its label.
  static let groupText = DerivedFromFormats {
    LabelContinuation(labels: ReportFormats.all.flatMap { $0.table3.groups.map(\.label) }, limit: .max)
  }
}
