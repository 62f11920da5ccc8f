/// Horizontal bar charts drawn as inline SVG, so the overview page needs nothing from the network.
enum SummaryCharts {
  /// One bar of a chart.
  struct Bar {
    var label: String
    var value: Int
    var color: String
  }

  /// A bar chart with its label left of each bar and the value after it; `id` names the `<svg>` element.
  static func bars(_ bars: [Bar], id: String, title: String) -> String {
    let rowHeight = 22
    let labelWidth = 260
    let barSpace = 300
    let height = max(1, bars.count) * rowHeight + 30
    let largest = max(1, bars.map(\.value).max() ?? 1)
    var svg =
      "<svg id=\"\(id)\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barSpace + 60)\" "
      + "height=\"\(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\">\n"
      + "<text x=\"0\" y=\"16\" font-weight=\"bold\">\(HTMLText.escape(title))</text>\n"
    for (index, bar) in bars.enumerated() {
      let y = 30 + index * rowHeight
      let width = max(2, bar.value * barSpace / largest)
      svg +=
        "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" text-anchor=\"end\">\(HTMLText.escape(bar.label))</text>"
        + "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 6)\" "
        + "fill=\"\(bar.color)\"><title>\(HTMLText.escape(bar.label)): \(bar.value)</title></rect>"
        + "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + 14)\">\(bar.value)</text>\n"
    }
    return svg + "</svg>\n"
  }
}

/// Escaping for text and attribute values in HTML and SVG.
enum HTMLText {
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}
