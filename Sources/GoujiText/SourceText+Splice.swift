/// How an edit changed a text's lines (``SourceText/lineSplice(replacing:in:)``): the lines before `firstChanged` are
/// the lines they were, the old text's lines from `firstMoved` on are the same characters moved by the edit's change
/// in length, and the new text's lines from `firstChanged` up to `firstMoved + lineDelta` are new. Per-line facts of
/// the old text (anything computed from a line's characters alone) carry over to the new one through it.
package struct LineSplice: Sendable, Equatable {
  /// The first line that may differ, in both texts (the line before the edit's: an inserted LF may complete a CR
  /// that ended it).
  package var firstChanged: Int
  /// The old text's first line that starts after the edit's end.
  package var firstMoved: Int
  /// How many lines the edit added (negative: removed).
  package var lineDelta: Int

  /// The old text's lines that the new text's lines `firstChanged..<firstMoved + lineDelta` replace.
  package var oldLines: Range<Int> { firstChanged..<firstMoved }
  /// The new text's lines that differ from the old text's.
  package var newLines: Range<Int> { firstChanged..<firstMoved + lineDelta }
}

extension SourceText {
  /// The text with `range` (clamped to character boundaries) replaced by `newText`: the bytes are copied into one
  /// new buffer in three block copies and the line index is updated around the edit (lines before it kept, lines
  /// after it moved; ``LineStarts/splicing(_:with:movingRestBy:)``), so an edit costs a copy of the bytes and of
  /// the line starts, not a scan of the whole text.
  package func replacing(_ range: TextRange, with newText: String) -> SourceText {
    // Replacing valid UTF-8 between character boundaries with valid UTF-8 keeps it valid.
    let clamped = clamp(range)
    let inserted = Array(newText.utf8)
    let spliced = splicedBytes(clamped, inserted)
    return SourceText(validUTF8: spliced, lineStarts: lineStarts(splicing: clamped, into: spliced, inserted.count))
  }

  /// How replacing `range` (clamped to character boundaries) of this text changed its lines, `edited` being the
  /// result (``replacing(_:with:)``).
  package func lineSplice(replacing range: TextRange, in edited: SourceText) -> LineSplice {
    let clamped = clamp(range)
    return LineSplice(
      firstChanged: firstChangedLine(at: clamped.start), firstMoved: firstMovedLine(after: clamped.end),
      lineDelta: edited.lineCount - lineCount
    )
  }

  /// The bytes with `range` replaced by `inserted`, copied block by block into a buffer of the final size.
  private func splicedBytes(_ range: TextRange, _ inserted: [UInt8]) -> [UInt8] {
    let total = bytes.count - range.length + inserted.count
    return [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
      bytes.withUnsafeBufferPointer { old in
        var index = buffer.initialize(fromContentsOf: old[..<range.start])
        index = buffer[index...].initialize(fromContentsOf: inserted)
        _ = buffer[index...].initialize(fromContentsOf: old[range.end...])
      }
      initialized = total
    }
  }

  /// The line starts of `spliced`, this text with `old` replaced by `insertedCount` bytes.
  ///
  /// Whether an offset starts a line depends on the byte before it and its own only (an LF before; a CR before and
  /// no LF at it), so the starts before the edit's first byte are kept, the bytes from the one before the edit to
  /// the end of the inserted text are scanned again, and the starts after the old end move by the change in length.
  /// (Scanning from the line before the edit's made a keystroke in a flattened megabyte scan the megabyte.)
  private func lineStarts(splicing old: TextRange, into spliced: [UInt8], _ insertedCount: Int) -> LineStarts {
    let firstKept = firstChangedLine(at: old.start)
    let newEnd = old.start + insertedCount
    let scanStart = max(lineStarts[firstKept], old.start - 1)
    var rescanned = LineStarts()
    // The edit's line, when it starts before the scan (the lines after it start after the edit).
    if firstKept + 1 < lineCount && lineStarts[firstKept + 1] <= scanStart {
      rescanned.append(lineStarts[firstKept + 1])
    }
    SourceText.appendLineStarts(of: spliced, from: scanStart, before: newEnd, to: &rescanned)
    // A CRLF across the end was counted at its LF, which the starts after the edit already hold.
    while let last = rescanned.last, last > newEnd { rescanned.removeLast() }
    return lineStarts.splicing(
      firstKept + 1..<firstMovedLine(after: old.end), with: rescanned, movingRestBy: insertedCount - old.length
    )
  }

  /// The line before the one holding `offset` (or line 0), whose start an edit at `offset` keeps but whose end an
  /// inserted LF after its CR may move.
  private func firstChangedLine(at offset: Int) -> Int { max(0, line(containing: offset) - 1) }

  /// The first line that starts after `offset`, or the line count.
  private func firstMovedLine(after offset: Int) -> Int { lineStarts.partitionPoint { $0 <= offset } }
}
