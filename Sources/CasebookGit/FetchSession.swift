internal import CGit2
internal import CGit2Loader
import CasebookText
internal import Dispatch

#if canImport(Glibc)
  internal import Glibc
#elseif canImport(Darwin)
  internal import Darwin
#endif

/// One fetch's state, reached from libgit2's C callbacks through their payload pointer. The session is kept
/// alive by ``run(_:)`` for as long as libgit2 may call back, and the pointer never leaves it.
final class FetchSession {
  let url: String
  let limits: FetchLimits
  private let callbacks: FetchCallbacks
  private let watchdog: FetchWatchdog
  /// The latest progress the indexer reported.
  private(set) var received = FetchProgress(
    receivedBytes: 0, receivedObjects: 0, totalObjects: 0, indexedDeltas: 0, totalDeltas: 0)
  /// Why a callback stopped the fetch, when it did.
  private var failure: GitError?
  private var credentialAttempts = 0
  private var lastCredential: Credential?
  private var options = git_fetch_options()

  /// A pack that announces more objects than this is refused by libgit2 before it reserves room for them (a
  /// hostile header may announce four billion). It is one setting for the whole process, so it stays fixed;
  /// each fetch's own, smaller limit is checked in the progress callback, which runs with the first object.
  private static let packObjectCeiling = casebook_git_set_pack_max_objects(20_000_000)

  init(url: String, limits: FetchLimits, callbacks: FetchCallbacks) {
    self.url = url
    self.limits = limits
    self.callbacks = callbacks
    watchdog = FetchWatchdog(limits: limits)
  }

  /// Runs `body` (which connects and downloads through libgit2) with fetch options whose callbacks reach this
  /// session, under the watchdog.
  func run<T>(_ body: (UnsafePointer<git_fetch_options>) throws(GitError) -> T) throws(GitError) -> T {
    try LibGit2.initialize()
    try check(git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), "git_fetch_options_init")
    try check(Self.packObjectCeiling, "git_libgit2_opts")
    options.update_fetchhead = 0
    options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
    options.prune = GIT_FETCH_NO_PRUNE
    options.proxy_opts.type = GIT_PROXY_AUTO
    options.callbacks.payload = Unmanaged.passUnretained(self).toOpaque()
    options.callbacks.transfer_progress = { stats, payload in
      guard let stats, let payload else { return -1 }
      return Unmanaged<FetchSession>.fromOpaque(payload).takeUnretainedValue().transferred(stats.pointee)
    }
    options.callbacks.sideband_progress = { _, _, payload in
      guard let payload else { return -1 }
      return Unmanaged<FetchSession>.fromOpaque(payload).takeUnretainedValue().heardFromServer()
    }
    options.callbacks.credentials = { out, _, username, allowed, payload in
      guard let out, let payload else { return -1 }
      let session = Unmanaged<FetchSession>.fromOpaque(payload).takeUnretainedValue()
      return session.credential(out, username: username.map { String(cString: $0) }, allowed: allowed)
    }
    options.callbacks.certificate_check = { certificate, valid, host, payload in
      guard let certificate, let payload else { return -1 }
      let session = Unmanaged<FetchSession>.fromOpaque(payload).takeUnretainedValue()
      return session.certificate(certificate, valid: valid != 0, host: host.map { String(cString: $0) } ?? "")
    }
    watchdog.start()
    defer { watchdog.stop() }
    return try withExtendedLifetime(self) { () throws(GitError) -> T in
      try withUnsafePointer(to: &options) { (pointer) throws(GitError) -> T in try body(pointer) }
    }
  }

  /// Turns a libgit2 return code of the fetch into the error that explains it best: what a callback or the
  /// watchdog stopped it for, an authentication or certificate failure, or libgit2's own message.
  func check(_ code: Int32, _ function: String) throws(GitError) {
    guard code < 0 else { return }
    if let failure { throw failure }
    if let expiry = watchdog.expiry {
      throw .fetchTimedOut(
        url: url, seconds: expiry == .stalled ? limits.stallTimeout : limits.totalTimeout,
        stalled: expiry == .stalled)
    }
    let message = LibGit2.lastErrorMessage()
    switch code {
    case GIT_EAUTH.rawValue: throw .authenticationFailed(url: url, message: Message(GitText.libraryWords, .text(message)))
    case GIT_ECERTIFICATE.rawValue: throw .certificateRejected(url: url, message: Message(GitText.libraryWords, .text(message)))
    default: throw .remoteFailed(url: url, message: message)
    }
  }

  /// Tells the credential source whether the last credential worked.
  func settleCredential(accepted: Bool) {
    guard let credential = lastCredential else { return }
    lastCredential = nil
    callbacks.credentialOutcome(credential, accepted)
  }

  /// True when `error` says the server refused the credentials given.
  func credentialRefused(_ error: GitError) -> Bool {
    if case .authenticationFailed = error { return true }
    return false
  }

  // MARK: Callbacks (on the fetching thread)

  private func transferred(_ stats: git_indexer_progress) -> Int32 {
    watchdog.touch()
    received = FetchProgress(
      receivedBytes: stats.received_bytes, receivedObjects: Int(stats.received_objects),
      totalObjects: Int(stats.total_objects), indexedDeltas: Int(stats.indexed_deltas),
      totalDeltas: Int(stats.total_deltas))
    if received.receivedBytes > limits.maxBytes {
      failure = .fetchTooLarge(url: url, limit: limits.maxBytes)
      return -1
    }
    if received.totalObjects > limits.maxObjects {
      failure = .fetchTooManyObjects(url: url, limit: limits.maxObjects)
      return -1
    }
    if watchdog.expiry != nil { return -1 }
    callbacks.progress(received)
    return 0
  }

  private func heardFromServer() -> Int32 {
    watchdog.touch()
    return watchdog.expiry == nil ? 0 : -1
  }

  private func credential(
    _ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>, username: String?, allowed: UInt32
  ) -> Int32 {
    watchdog.touch()
    defer { watchdog.touch() }
    let wantsUsername = allowed & GIT_CREDENTIAL_USERNAME.rawValue != 0
    // A second ask for the same kind of credential means the first was refused.
    if let given = lastCredential, !(wantsUsername == false && given.isUsername) {
      settleCredential(accepted: false)
      failure = .authenticationFailed(url: url, message: Message(GitText.credentialsRefused))
      return -1
    }
    credentialAttempts += 1
    guard credentialAttempts <= 4 else {
      failure = .authenticationFailed(url: url, message: Message(GitText.credentialsAskedAgain))
      return -1
    }
    let request = CredentialRequest(
      url: url, username: username, allowsPassword: allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0,
      allowsSSHKey: allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0, wantsUsername: wantsUsername,
      attempt: credentialAttempts)
    guard let answer = callbacks.credentials(request) else {
      failure = .authenticationFailed(url: url, message: Message(GitText.credentialsNone))
      return -1
    }
    let code: Int32
    switch answer {
    case .password(let user, let password) where request.allowsPassword:
      code = git_credential_userpass_plaintext_new(out, user, password)
    case .sshAgent(let user) where request.allowsSSHKey:
      code = git_credential_ssh_key_from_agent(out, user)
    case .username(let user) where wantsUsername:
      code = git_credential_username_new(out, user)
    default:
      failure = .authenticationFailed(url: url, message: Message(GitText.credentialsNoKind))
      return -1
    }
    if code < 0 { return code }
    lastCredential = answer
    return 0
  }

  private func certificate(_ certificate: UnsafeMutablePointer<git_cert>, valid: Bool, host: String) -> Int32 {
    watchdog.touch()
    guard certificate.pointee.cert_type == GIT_CERT_HOSTKEY_LIBSSH2 else {
      // TLS: libgit2 has checked the chain and the name against the system's certificate authorities.
      if valid { return 0 }
      failure = .certificateRejected(url: url, message: Message(GitText.certificateInvalid, .text(host)))
      return -1
    }
    let hostKey = UnsafeRawPointer(certificate).assumingMemoryBound(to: git_cert_hostkey.self).pointee
    guard hostKey.type.rawValue & GIT_CERT_SSH_RAW.rawValue != 0, let raw = hostKey.hostkey else {
      failure = .hostKeyRejected(url: url, host: host)
      return -1
    }
    let key = Array(UnsafeRawBufferPointer(start: raw, count: hostKey.hostkey_len))
    if callbacks.acceptHostKey(SSHHostKey(host: host, type: Self.keyType(hostKey.raw_type), key: key)) { return 0 }
    failure = .hostKeyRejected(url: url, host: host)
    return -1
  }

  /// The `known_hosts` name of a libssh2 host key type.
  private static func keyType(_ type: git_cert_ssh_raw_type_t) -> String? {
    switch type {
    case GIT_CERT_SSH_RAW_TYPE_RSA: "ssh-rsa"
    case GIT_CERT_SSH_RAW_TYPE_DSS: "ssh-dss"
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_256: "ecdsa-sha2-nistp256"
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_384: "ecdsa-sha2-nistp384"
    case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_521: "ecdsa-sha2-nistp521"
    case GIT_CERT_SSH_RAW_TYPE_KEY_ED25519: "ssh-ed25519"
    default: nil
    }
  }
}

extension Credential {
  fileprivate var isUsername: Bool {
    if case .username = self { return true }
    return false
  }
}

/// Gives a fetch up when the server stays silent for too long or the whole fetch takes too long. libgit2 1.5
/// has no network timeout, and a server that accepts the connection and never answers leaves it blocked in
/// `recv`, where no callback runs. So a timer on another thread watches the time since the last sign of life
/// (any callback) and, once a limit is passed, interrupts the fetching thread with a signal whose handler does
/// nothing and is installed without `SA_RESTART`: the blocked call returns `EINTR`, libgit2 fails the fetch,
/// and every callback refuses to go on. The signal is sent again each tick until the fetch has returned, so
/// one that arrives between two calls is not lost, and a pending one is drained before ``stop()`` returns.
/// The signal is unblocked on the fetching thread for the time of the fetch (threads of dispatch queues and
/// Swift concurrency block it) and the thread's mask is restored afterwards.
final class FetchWatchdog: @unchecked Sendable {
  // Safe: every mutable field is touched only while `mutex` is held.
  enum Expiry { case stalled, tooLong }

  /// The signal that interrupts a blocked fetch; its handler does nothing.
  static let interruptSignal = SIGUSR2
  private static let handlerInstalled: Bool = {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    return sigaction(interruptSignal, &action, nil) == 0
  }()

  private let limits: FetchLimits
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let thread = pthread_self()
  private let started = DispatchTime.now().uptimeNanoseconds
  private var lastActivity = DispatchTime.now().uptimeNanoseconds
  private var expired: Expiry?
  private var finished = false
  private var timer: DispatchSourceTimer?
  /// The watched thread's signal mask before ``start()``: threads of a dispatch queue block most signals,
  /// so the interrupt is unblocked while the fetch runs and the mask restored afterwards.
  private var previousMask = sigset_t()

  init(limits: FetchLimits) {
    self.limits = limits
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  private func locked<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return body()
  }

  /// Why the fetch was given up; nil while it may go on.
  var expiry: Expiry? { locked { expired } }

  /// Records a sign of life from the server.
  func touch() {
    let now = DispatchTime.now().uptimeNanoseconds
    locked { lastActivity = now }
  }

  /// Starts watching the calling thread.
  func start() {
    _ = Self.handlerInstalled
    var interrupt = Self.interruptSet
    pthread_sigmask(SIG_UNBLOCK, &interrupt, &previousMask)
    let shortest = min(limits.stallTimeout, limits.totalTimeout)
    let tick = max(0.01, min(0.25, shortest / 10))
    let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
    timer.schedule(deadline: .now() + tick, repeating: tick)
    timer.setEventHandler { [self] in check() }
    self.timer = timer
    timer.resume()
  }

  private func check() {
    let now = DispatchTime.now().uptimeNanoseconds
    locked {
      guard !finished else { return }
      if expired == nil {
        if Double(now - started) / 1e9 > limits.totalTimeout {
          expired = .tooLong
        } else if Double(now - lastActivity) / 1e9 > limits.stallTimeout {
          expired = .stalled
        }
      }
      if expired != nil { pthread_kill(thread, Self.interruptSignal) }
    }
  }

  /// Stops watching; after it returns, no signal from this watchdog is sent or pending. Call on the watched
  /// thread.
  func stop() {
    locked { finished = true }
    timer?.cancel()
    var interrupt = Self.interruptSet
    pthread_sigmask(SIG_BLOCK, &interrupt, nil)
    var pending = sigset_t()
    if sigpending(&pending) == 0, sigismember(&pending, Self.interruptSignal) == 1 {
      var caught: Int32 = 0
      sigwait(&interrupt, &caught)
    }
    pthread_sigmask(SIG_SETMASK, &previousMask, nil)
  }

  private static var interruptSet: sigset_t {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, interruptSignal)
    return set
  }
}
