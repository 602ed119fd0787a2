#if DEBUG
  internal import Dispatch
  import Synchronization

  #if canImport(Glibc)
    internal import Glibc
  #elseif canImport(Darwin)
    internal import Darwin
  #endif

  /// Fault injection for the kill tests, compiled into debug builds only (release builds have an empty
  /// ``point(_:)``). Every step of writing to a repository — an object, the index, a reference — passes a
  /// point; environment variables make the process kill itself there, as a power cut or `kill -9` would:
  ///
  /// - `CASEBOOK_FAULT_KILL_AT=N`: SIGKILL on reaching the N-th point (1 is the first).
  /// - `CASEBOOK_FAULT_KILL_AFTER_US=M`: SIGKILL M microseconds after the first point, wherever the process
  ///   is then — also inside libgit2, between its lock file and its rename.
  /// - `CASEBOOK_FAULT_LIST=1`: write each point's name and its time since the first point (µs) to
  ///   standard error, so a test knows how many points there are and how long the writing takes.
  package enum FaultInjection {
    private struct State {
      var reached = 0
      var start: UInt64 = 0
    }

    private static let state = Mutex(State())
    private static let killAt = integer("CASEBOOK_FAULT_KILL_AT")
    private static let killAfter = integer("CASEBOOK_FAULT_KILL_AFTER_US")
    private static let listing = getenv("CASEBOOK_FAULT_LIST") != nil

    private static func integer(_ name: String) -> Int? {
      getenv(name).flatMap { Int(String(cString: $0)) }
    }

    /// A step of writing; `name` says which.
    package static func point(_ name: StaticString) {
      guard killAt != nil || killAfter != nil || listing else { return }
      let now = DispatchTime.now().uptimeNanoseconds
      let (number, start) = state.withLock { state in
        state.reached += 1
        if state.reached == 1 { state.start = now }
        return (state.reached, state.start)
      }
      if number == 1, let killAfter {
        DispatchQueue.global().asyncAfter(deadline: .now() + .microseconds(killAfter)) { _ = kill(getpid(), SIGKILL) }
      }
      if listing {
        let line = "fault-point \(number) \(name) \((now - start) / 1000)\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
      }
      if number == killAt { _ = kill(getpid(), SIGKILL) }
    }
  }
#else
  /// Fault injection is compiled into debug builds only.
  package enum FaultInjection {
    @inline(__always) package static func point(_ name: StaticString) {}
  }
#endif
