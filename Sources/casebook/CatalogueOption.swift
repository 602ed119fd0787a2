import ArgumentParser
import CasebookCore
import CasebookText

/// `--catalogue`, shared by the commands that can read peer catalogues.
struct CatalogueOption: ParsableArguments {
  @Option(name: .customLong("catalogue"), help: Speech.help(ToolHelpText.catalogue, value: .name))
  var names: [String] = []

  /// True when more than the local catalogue alone may be read, so that every record names its catalogue.
  var isFederated: Bool { !names.isEmpty }
}

extension CLI {
  /// Prints one warning line per peer problem.
  static func warn(_ warnings: [FederationWarning]) {
    for warning in warnings { Terminal.warn(warning.text(Speech.language)) }
  }
}
