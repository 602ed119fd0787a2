import ArgumentParser
import CasebookCore

/// `--catalogue`, shared by the commands that can read peer catalogues.
struct CatalogueOption: ParsableArguments {
  @Option(
    name: .customLong("catalogue"),
    help: ArgumentHelp(
      "Read this catalogue: local, a peer of schema/peers.yaml fetched with `casebook fetch`, or all "
        + "(repeat for more; default: local only).", valueName: "NAME"))
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
