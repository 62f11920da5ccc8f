extension String {
  /// Whether `other` occurs in the string, compared scalar by scalar. The reader searches text from outside with
  /// this rather than Foundation's `contains(_:)`, which on Linux goes through `NSString`: a NUL character in either
  /// string ends it there, and the search then indexes past the end and traps (found by the `reread` fuzz target).
  package func containsScalars(_ other: String) -> Bool {
    let needle = Array(other.unicodeScalars)
    guard !needle.isEmpty else { return true }
    let haystack = Array(unicodeScalars)
    guard needle.count <= haystack.count else { return false }
    return (0...(haystack.count - needle.count)).contains { start in
      haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle)
    }
  }
}
