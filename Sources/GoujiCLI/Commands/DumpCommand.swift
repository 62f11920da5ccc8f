import GoujiAnalysis
import GoujiSyntax
import GoujiText

/// `gouji dump [--format json|tree|text] FILE`: prints what the reader understood (`text`: the text it read, which
/// for a document is the text extracted from it).
enum DumpCommand {
  static func run(_ arguments: [String], io: CommandIO) -> Int32 {
    var parser = ArgumentParser(arguments, command: "dump")
    do {
      let format = try parser.option("--format", allowed: ["json", "tree", "text"]) ?? "json"
      if parser.flag("--help") || parser.flag("-h") {
        io.out(Help.dump)
        return 0
      }
      let paths = try parser.positionals()
      guard paths.count == 1 else { throw UsageError(zh: "dump 需要且只需要一个文件", en: "dump takes exactly one FILE") }
      let input = try InputFile.read(paths[0], io: io)
      if format == "text" {
        io.out(input.decoded.text)
        return 0
      }
      let report = Analyzer.read(SourceText(input.decoded.text))
      let dump = ReportDump(path: input.displayPath, report: report)
      io.out(
        format == "json" ? dump.json.rendered() + "\n" : ReportTree(report: report).rendered(path: input.displayPath))
      return 0
    } catch let error as UsageError {
      io.err("gouji dump: \(error.message(CheckCommand.environmentLanguage(io)))\n")
      return 2
    } catch let error as InputError {
      io.err("gouji: \(error.message(CheckCommand.errorLanguage(arguments, io: io)))\n")
      return 2
    } catch {
      io.err("gouji dump: \(error)\n")
      return 2
    }
  }
}
