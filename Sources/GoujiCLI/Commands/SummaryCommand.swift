import Dispatch
import Foundation
import GoujiAnalysis
import GoujiRules
import GoujiText

/// `gouji summary [-o FILE] PATH...`: checks every report (as `check` would) and writes the reviewer's overview,
/// one self-contained HTML page (``SummaryPage``), to FILE or standard output.
enum SummaryCommand {
  static func run(_ arguments: [String], io: CommandIO) -> Int32 {
    var parser = ArgumentParser(arguments, command: "summary")
    do {
      if parser.flag("--help") || parser.flag("-h") {
        io.out(Help.summary)
        return 0
      }
      let output = try parser.option("-o") ?? parser.option("--output")
      var options = CheckOptions()
      options.language = try parser.option("--lang", allowed: ["zh", "en"]).flatMap(Language.init(rawValue:))
      options.configPath = try parser.option("--config")
      options.paths = try parser.positionals()
      guard !options.paths.isEmpty else {
        throw UsageError(zh: "summary 至少需要一个路径（文件或文件夹）", en: "summary needs at least one PATH (a file or a directory)")
      }
      let (configuration, language) = try CheckCommand.resolve(options, io: io)
      let (paths, missing) = FileCollector.collect(options.paths)
      for error in missing { io.err("gouji: \(error.message(language))\n") }
      let page = SummaryPage(
        reports: overviews(paths, configuration: configuration, language: language, io: io), language: language
      )
      .render()
      if let output {
        try AtomicWriter.write(Array(page.utf8), to: output)
      } else {
        io.out(page)
      }
      return missing.isEmpty ? 0 : 2
    } catch let error as UsageError {
      let language = CheckCommand.errorLanguage(arguments, io: io)
      io.err("gouji summary: \(error.message(language))\n")
      return 2
    } catch let error as InputError {
      io.err("gouji: \(error.message(CheckCommand.errorLanguage(arguments, io: io)))\n")
      return 2
    } catch {
      io.err("gouji summary: \(error)\n")
      return 2
    }
  }

  /// Every report's overview, read and analysed on all cores, in the order of `paths`. A file that cannot be
  /// read is listed as unreadable, with the reason.
  private static func overviews(
    _ paths: [String], configuration: RuleConfiguration, language: Language, io: CommandIO
  ) -> [ReportOverview] {
    var overviews: [ReportOverview] = []
    OrderedWork.run(
      count: paths.count,
      work: { index in
        let path = paths[index]
        let source = DocumentInput.Kind(path: path)?.rawValue ?? "txt"
        do {
          let input = try InputFile.read(path, io: io)
          let analysis = Analyzer.analyze(SourceText(input.decoded.text), configuration: configuration)
          return ReportOverview(path: input.displayPath, source: source, analysis: analysis)
        } catch {
          let reason = (error as? InputError)?.reason.text(language) ?? "\(error)"
          return ReportOverview(path: path, source: source, unreadable: reason)
        }
      }, deliver: { overviews.append($0) })
    return overviews
  }
}

extension Help {
  static let summary = """
    OVERVIEW: Check many reports and write a reviewer's overview: one self-contained HTML page (no script, nothing
    fetched from the network) with a row per report (body, year, format, 本年新收/办结/结转/复议/诉讼, findings by
    severity), charts of findings by rule and reports by status, and each report's findings with table 三 rendered
    and the cells findings point at highlighted.

    USAGE: gouji summary [-o FILE] [options] PATH...

    PATH is a report file or a directory (every *.txt, *.docx, *.html, *.htm and *.pdf below it).

    OPTIONS:
      -o, --output FILE           write the page to FILE (default: standard output)
      --lang zh|en                page language (default: from the environment, else zh)
      --config FILE               configuration file (default: the nearest .gouji.json)
      -h, --help                  print this help

    EXIT STATUS: 0 the page was written (unreadable files are listed in it); 2 usage error or a PATH that does not
    exist.

    """
}
