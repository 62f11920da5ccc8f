/// The scalars of a string. Compare these, not strings: `String ==` is canonical equivalence, under which a
/// compatibility ideograph such as U+F900 equals the unified ideograph U+8C48 it decomposes to.
func scalars(_ string: some StringProtocol) -> [Unicode.Scalar] {
  Array(string.unicodeScalars)
}
