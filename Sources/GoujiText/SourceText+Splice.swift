extension SourceText {
  /// The text with `range` (clamped to character boundaries) replaced by `newText`: the bytes are spliced into one
  /// new buffer and the line index is updated around the edit (lines before it kept, lines after it moved), so an
  /// edit costs one copy of the bytes and of the line starts, not a scan of the whole text.
  package func replacing(_ range: TextRange, with newText: String) -> SourceText {
    // Replacing valid UTF-8 between character boundaries with valid UTF-8 keeps it valid.
    let start = scalarBoundary(atOrBefore: range.start)
    let end = max(start, scalarBoundary(atOrBefore: range.end))
    let inserted = Array(newText.utf8)
    var spliced: [UInt8] = []
    spliced.reserveCapacity(bytes.count - (end - start) + inserted.count)
    spliced.append(contentsOf: bytes[..<start])
    spliced.append(contentsOf: inserted)
    spliced.append(contentsOf: bytes[end...])
    return SourceText(validUTF8: spliced, lineStarts: lineStarts(splicing: start..<end, into: spliced, inserted.count))
  }

  /// The line starts of `spliced`, this text with `old` replaced by `insertedCount` bytes.
  ///
  /// Whether an offset starts a line depends on the two bytes before it only (an LF; a CR not followed by an LF), so
  /// the starts up to the line before the edit's are kept, the bytes from there to the end of the inserted text are
  /// scanned again, and the starts after the old end move by the change in length.
  private func lineStarts(splicing old: Range<Int>, into spliced: [UInt8], _ insertedCount: Int) -> LineStarts {
    let delta = insertedCount - old.count
    // From the start of the line before the edit's: an inserted LF may complete a CR that ended that line.
    let firstKept = max(0, line(containing: old.lowerBound) - 1)
    let rescanFrom = lineStarts[firstKept]
    let newEnd = old.lowerBound + insertedCount
    var starts = LineStarts(lineStarts[...firstKept])
    SourceText.appendLineStarts(of: spliced, from: rescanFrom, before: newEnd, to: &starts)
    // A CRLF across the end was counted at its LF, which the starts after the edit already hold.
    while let last = starts.last, last > newEnd { starts.removeLast() }
    let after = lineStarts.partitionPoint { $0 <= old.upperBound }
    starts.reserveCapacity(starts.count + lineStarts.count - after)
    for start in lineStarts[after...] { starts.append(start + delta) }
    return starts
  }
}
