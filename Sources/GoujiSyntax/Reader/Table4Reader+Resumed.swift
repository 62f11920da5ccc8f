import GoujiFormats
import GoujiText

extension Table4Reader {
  /// The fifteen values when PDF text in reading order splits them around a repetition of the header's words
  /// (`0` `10` `0` / `结果维 结果纠 …` / `12 22 10 6 6 7 29 0 0 0 4 4`): `raw`, then exactly the missing values
  /// after the next block of header words, in the order written; or, when the header's words stand between more
  /// parts (LibreOffice's PDF writes each group's sub-headers before its values: `0` / `结果纠` / `正` / … / `7` /
  /// `14` / `13` / `34` / `复议后起诉` / `结果维` / … / `6` … `17`), every part in the order written. Kept only when
  /// nothing but header words stands between the parts (``LabelContinuation/table4Header``), every value is a whole
  /// number and every group's 总计 holds (R4); otherwise `nil`.
  func resumedValues(after raw: [RawCell], region: TextRange, expected: Int) -> [RawCell]? {
    guard let last = raw.last, raw.count < expected else { return nil }
    let count = expected - raw.count
    let resumed =
      restAfterOneRepetition(after: last, region: region, count: count)
      ?? restInParts(after: last.range.end, region: region, count: count).flatMap { $0.count == count ? $0 : nil }
    guard let resumed, Self.balances((raw + resumed).map { CellValueParser.integer($0.text) }) else { return nil }
    return raw + resumed
  }

  /// The `count` values after the block of header words that follows `last`, read as one row's values.
  private func restAfterOneRepetition(after last: RawCell, region: TextRange, count: Int) -> [RawCell]? {
    guard
      let start = context.extractor.valuesStart(
        in: TextRange(start: last.range.end, end: region.end), skipping: .table4Header
      )
    else { return nil }
    let segment = TextRange(start: start, end: region.end)
    let rest = context.extractor.values(in: segment, expected: count, skipLeadingBlankLines: true)
    guard case .cells(let more) = rest.content, more.count == count else { return nil }
    return more
  }

  /// `raw` and the parts of values after it, each after a block of header words, when they stop short of `expected`
  /// and the page's end holds the rest (``pageEndValues(after:region:expected:)``: LibreOffice's `0` / `20` / `0` /
  /// `9` / `总计` / `29` / `复议后起诉` / … / `0` / `五、…` / … / `21` / `16` / `15` / `总计` / `52`,
  /// `inv-2024-excel.word-pdf-raw`), or the lines after the next section's heading do
  /// (``valuesAcrossNextHeading(after:region:expected:)``, `inv-2023-spaces.pdf-raw`); otherwise `nil`. Either checks
  /// R4 over all fifteen.
  func resumedBeforePageEnd(after raw: [RawCell], region: TextRange, expected: Int) -> [RawCell]? {
    guard let last = raw.last, raw.count < expected,
      let parts = restInParts(after: last.range.end, region: region, count: expected - raw.count),
      !parts.isEmpty, raw.count + parts.count < expected,
      pageEndValues(after: raw + parts, region: region, expected: expected)
        ?? valuesAcrossNextHeading(after: raw + parts, region: region, expected: expected) != nil
    else { return nil }
    return raw + parts
  }

  /// The values after `start` as runs of whole numbers, each after a block of header words, until `count` are read or
  /// no block of header words follows; `nil` when a run holds more than are missing.
  func restInParts(after start: Int, region: TextRange, count: Int) -> [RawCell]? {
    var values: [RawCell] = []
    var position = start
    while values.count < count {
      guard
        let start = context.extractor.valuesStart(
          in: TextRange(start: position, end: region.end), skipping: .table4Header
        )
      else { break }
      let run = wholeNumbers(from: start, to: region.end)
      guard let end = run.last?.range.end, values.count + run.count <= count else { return nil }
      values += run
      position = end
    }
    return values
  }

  /// The whole numbers from `start` on, one after another across spaces and line ends, up to the first other word.
  func wholeNumbers(from start: Int, to end: Int) -> [RawCell] {
    var run: [RawCell] = []
    for word in Words(in: TextRange(start: start, end: end), text: context.text, excluded: context.excluded) {
      let cell = RawCell(text: CharacterFolding.normalizeAndTrim(context.text[word]), range: word)
      guard ValueLineScanner.isCount(cell) else { break }
      run.append(cell)
    }
    return run
  }
}
