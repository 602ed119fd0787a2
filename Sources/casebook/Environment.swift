import CasebookText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Values the command reads from its environment.
enum Environment {
  /// The quarantine folder of a push under inspection: git sets `GIT_QUARANTINE_PATH` while a pre-receive hook
  /// runs, and the pushed objects wait there until the push is accepted.
  static var quarantineFolders: [String] {
    guard let value = getenv("GIT_QUARANTINE_PATH"), value.pointee != 0 else { return [] }
    return [String(cString: value)]
  }

  /// How long `submit` waits for another submit to finish: `CASEBOOK_SUBMIT_WAIT` seconds, default 10.
  static var submitWait: Double {
    guard let value = getenv("CASEBOOK_SUBMIT_WAIT").flatMap({ Double(String(cString: $0)) }), value >= 0 else {
      return 10
    }
    return value
  }
}
