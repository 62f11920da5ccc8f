extension String {
  /// Whether `other` occurs in the string, compared scalar by scalar (the standard library's collection search). The
  /// reader searches text from outside with this rather than Foundation's `contains(_:)`, which on Linux goes through
  /// `NSString`: a NUL character in either string ends it there, and the search then indexes past the end and traps
  /// (found by the `reread` fuzz target).
  package func containsScalars(_ other: String) -> Bool {
    other.isEmpty || unicodeScalars.firstRange(of: other.unicodeScalars) != nil
  }
}
