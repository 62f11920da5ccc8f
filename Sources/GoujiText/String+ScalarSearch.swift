extension String {
  /// Whether `other` occurs in the string, compared scalar by scalar. The reader and the rules search text from
  /// outside with this rather than Foundation's `contains(_:)`, which on Linux goes through `NSString`: a NUL
  /// character in either string ends it there, and the search then indexes past the end and traps (found by the
  /// `reread` fuzz target). The search runs on the UTF-8 bytes, which find the same occurrences as the scalars (a
  /// UTF-8 sequence cannot match starting inside another scalar's bytes) at a fraction of the cost of the standard
  /// library's generic collection search.
  package func containsScalars(_ other: String) -> Bool {
    guard !other.isEmpty else { return true }
    var haystack = self
    var needle = other
    return haystack.withUTF8 { haystack in
      needle.withUTF8 { UTF8Search.firstIndex(of: $0, in: haystack, from: 0, to: haystack.count) != nil }
    }
  }
}

/// A search for a byte sequence in bytes, shared by the searches of ``SourceText`` and of strings.
package enum UTF8Search {
  /// The first index in `start..<end` of `haystack` where `needle` (not empty) starts and ends before `end`.
  @inline(__always)
  package static func firstIndex(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Int? {
    guard let first = needle.first else { return nil }
    var index = start
    let last = end - needle.count
    while index <= last {
      if haystack[index] == first {
        var offset = 1
        while offset < needle.count && haystack[index + offset] == needle[offset] { offset += 1 }
        if offset == needle.count { return index }
      }
      index += 1
    }
    return nil
  }
}
