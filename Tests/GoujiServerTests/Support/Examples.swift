import Foundation
import GoujiTestSupport

/// The example reports, as a client opens them.
enum Examples {
  static var names: [String] { Fixtures.exampleNames }

  static func text(_ name: String) -> String {
    Fixtures.example(name)
  }

  static func uri(_ name: String) -> String {
    Fixtures.examples.appendingPathComponent(name).absoluteString
  }

  static func path(_ name: String) -> String {
    Fixtures.examples.appendingPathComponent(name).path
  }

  /// The example with a wrong total (GJ310) whose fix the session tests apply.
  static let wrongTotal = "000_212ac920282683c5.txt"
}
