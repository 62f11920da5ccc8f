/// Words searched for together in a ``ProseView``: their scalars, first scalars and a bit for each first scalar, made
/// once for the lists the rules search every sentence for.
struct WordList {
  let words: [[Unicode.Scalar]]
  /// Each word's first scalar (`UInt32.max` for an empty word, which is never found).
  let firsts: [UInt32]
  /// Bit `value & 63` set for the first scalar of each word.
  let starts: UInt64

  init(_ strings: [String]) {
    words = strings.map { Array($0.unicodeScalars) }
    firsts = words.map { $0.first?.value ?? UInt32.max }
    starts = firsts.reduce(UInt64(0)) { $0 | (1 << ($1 & 63)) }
  }
}

extension ProseView {
  /// The first occurrence of `word` in `range` (searched in `range` only).
  func firstIndex(of word: String, in range: Range<Int>) -> Int? {
    let needle = Array(word.unicodeScalars)
    guard let first = needle.first else { return nil }
    return view.scalars.withUnsafeBufferPointer { scalars in
      let end = min(range.upperBound, scalars.count)
      var index = max(range.lowerBound, 0)
      while index < end {
        if scalars[index] == first && ProseView.matches(needle, at: index, in: scalars, end: end) { return index }
        index += 1
      }
      return nil
    }
  }

  func contains(_ word: String, in range: Range<Int>) -> Bool { firstIndex(of: word, in: range) != nil }

  /// Whether any of `words` occurs in `range`.
  func containsAny(_ words: [String], in range: Range<Int>) -> Bool { containsAny(WordList(words), in: range) }

  /// Whether any word of `list` occurs in `range`.
  func containsAny(_ list: WordList, in range: Range<Int>) -> Bool {
    var found = false
    scan(for: list, in: range) { _, _ in
      found = true
      return false
    }
    return found
  }

  /// The first occurrence in `range` of each word of `list`, in the order of the list.
  func firstIndices(of list: WordList, in range: Range<Int>) -> [Int?] {
    var result = [Int?](repeating: nil, count: list.words.count)
    var left = list.words.count
    scan(for: list, in: range) { word, index in
      if result[word] == nil {
        result[word] = index
        left -= 1
      }
      return left > 0
    }
    return result
  }

  /// Calls `found` with the number of the word in `list` and the index of each occurrence in `range`, in text order,
  /// while it returns true. One pass over the view for all the words, the view read through a buffer and positions
  /// whose character starts none of the words passed over on a bit test: these searches run for many words in every
  /// sentence.
  private func scan(for list: WordList, in range: Range<Int>, _ found: (Int, Int) -> Bool) {
    view.scalars.withUnsafeBufferPointer { scalars in
      let end = min(range.upperBound, scalars.count)
      var index = max(range.lowerBound, 0)
      while index < end {
        let value = scalars[index].value
        if list.starts & (1 << (value & 63)) != 0 {
          for (number, first) in list.firsts.enumerated()
          where first == value && ProseView.matches(list.words[number], at: index, in: scalars, end: end) {
            guard found(number, index) else { return }
          }
        }
        index += 1
      }
    }
  }

  /// Whether `word` is written at `index` of `scalars` and ends by `end`.
  private static func matches(
    _ word: [Unicode.Scalar], at index: Int, in scalars: UnsafeBufferPointer<Unicode.Scalar>, end: Int
  ) -> Bool {
    guard index + word.count <= end else { return false }
    for offset in word.indices where scalars[index + offset] != word[offset] { return false }
    return true
  }
}
