/// Help texts, one per command, in the OVERVIEW / USAGE / OPTIONS form.
package enum Help {
  /// The version `gouji --version` prints and the server reports.
  package static let version = "0.1.0"

  static let main = """
    OVERVIEW: gouji (勾稽) checks Chinese government information-disclosure annual reports
    (政府信息公开工作年度报告): sections, the three statistical tables and their balancing rules.

    USAGE: gouji <command> [options]

    COMMANDS:
      check [options] PATH...     check report files: .txt, .docx, .html, .pdf (directories: every such file below
                                  them; - : standard input)
      summary [-o FILE] PATH...   write a reviewer's overview of many reports as one self-contained HTML page
      lsp                         run the language server on standard input/output (also: gouji --stdio)
      dump [--format json|tree|text] FILE
                                  print what the reader understood: year, format, sections, tables
      explain CODE|NAME           print a rule's documentation
      rules [--format json]       list every rule: code, name, default severity, fixable

    OPTIONS:
      --version                   print the version
      -h, --help                  print this help; 'gouji <command> --help' for a command

    """

  static let dump = """
    OVERVIEW: Print what the reader understood of a report: year, format, sections and every table cell.

    USAGE: gouji dump [--format json|tree|text] FILE

    OPTIONS:
      --format json|tree|text     JSON as documented in the command-line contract (default), a readable tree
                                  with the line:column of every part, or the text as read (for a .docx, .html or
                                  .pdf file: the text extracted from it, tables as TAB-separated rows)
      -h, --help                  print this help

    """
}

extension Help {
  static let lsp = """
    OVERVIEW: Run the language server: the diagnostics of 'gouji check', with quick fixes, hovers, completion,
    outline, folding, semantic highlighting and inlay hints, for any editor that speaks LSP.

    USAGE: gouji lsp [--stdio] [--verbose]
           gouji --stdio

    The server reads LSP messages on standard input and writes them on standard output; its log goes to standard
    error. Settings come from the editor (initializationOptions and workspace/configuration, section "gouji") and
    from the nearest .gouji.json above the workspace folder, in the shape of the configuration file:
    {"rules": {"GJ305": "off"}, "select": [...], "ignore": [...], "language": "en"}.
    See Documentation/LanguageServer.md.

    OPTIONS:
      --stdio                     accepted for editor clients that pass it; standard input/output is the transport
      --verbose                   log details to standard error
      -h, --help                  print this help

    EXIT STATUS: 0 after the client's shutdown and exit; 1 when the client exits without shutdown or goes away.

    """

  static let check = """
    OVERVIEW: Check report files and print every finding.

    USAGE: gouji check [options] PATH...

    PATH is a report file, a directory (every *.txt, *.docx, *.html, *.htm and *.pdf below it), or - for standard
    input. Text files are read as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK; Word documents and
    web pages by their structure (a finding names its paragraph or table cell); PDF files through pdftotext.

    OPTIONS:
      --format text|json|sarif|csv
                                  output format (default: text); csv: one row per finding, UTF-8 with BOM
      --fix                       apply safe fixes in place: those that cannot change a figure the writer meant
                                  (keeps encoding, BOM and line ends; writes atomically)
      --unsafe-fixes              apply unsafe fixes too (implies --fix): those marked 需确认 / review first,
                                  such as recomputing a written total; read the diff before you keep it
      --select CODES              only these rules (codes, names or prefixes such as GJ3, comma-separated)
      --ignore CODES              not these rules
      --lang zh|en                message language (default: from the environment, else zh)
      --no-color                  no colour (also: the NO_COLOR environment variable)
      --previous FILE             last year's report of the same body, for every file (GJ402, GJ408, GJ409);
                                  without it, several files are linked by the agency and year of their titles
      --config FILE               configuration file (default: the nearest .gouji.json)
      -h, --help                  print this help

    EXIT STATUS: 0 no error-severity finding; 1 at least one; 2 usage error, unreadable file or undecodable input.

    """
}

extension Help {
  static let rules = """
    OVERVIEW: List every rule: code, name, default severity, whether it can fix, and what it reports.

    USAGE: gouji rules [--format text|json]

    OPTIONS:
      --format text|json          a table (default) or JSON
      -h, --help                  print this help

    """

  static let explain = """
    OVERVIEW: Print a rule's documentation: what it checks, why, an example, the fix, its legal basis.

    USAGE: gouji explain CODE|NAME

    EXAMPLES:
      gouji explain GJ310
      gouji explain row-total

    """
}
