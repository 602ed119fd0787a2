import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A child process started with `posix_spawn` and reaped here with `waitpid` (Foundation's `Process` can take
/// seconds to notice that a child ended, which would make every bounded run that long).
final class Child {
  let pid: pid_t
  private(set) var status: Int32?

  /// Starts `arguments` (looked up on `PATH`) in `directory` with `environment`; standard input is
  /// /dev/null, standard output and error go to `output` and `errors` (file descriptors, or /dev/null).
  init(
    _ arguments: [String], in directory: String? = nil, environment: [String: String]? = nil,
    output: Int32? = nil, errors: Int32? = nil
  ) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if let output { posix_spawn_file_actions_adddup2(&actions, output, 1) } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    if let errors { posix_spawn_file_actions_adddup2(&actions, errors, 2) } else {
      posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    }
    let variables = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    // `env -C` changes into the folder (posix_spawn_file_actions_addchdir_np is not imported).
    let command = directory.map { ["env", "-C", $0] + arguments } ?? arguments
    var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) } + [nil]
    var envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    // A process group of its own, so that stopping it also stops what it started (a server's workers,
    // the program behind a wrapper script).
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // Threads of the test runner block most signals, and a spawned process inherits the mask: clear it, or
    // a server would ignore SIGTERM.
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGUSR1, SIGUSR2] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    posix_spawnattr_setpgroup(&attributes, 0)
    var pid: pid_t = 0
    let code = posix_spawnp(&pid, command[0], &actions, &attributes, &argv, &envp)
    guard code == 0 else { throw ServerDidNotStart(what: arguments.joined(separator: " ")) }
    self.pid = pid
  }

  /// True until the child ended (and was reaped).
  var isRunning: Bool {
    guard status == nil else { return false }
    var raw: Int32 = 0
    if waitpid(pid, &raw, WNOHANG) == pid {
      status = (raw & 0x7f) == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
      return false
    }
    return true
  }

  /// Waits up to `seconds` for the child to end; true when it did.
  func wait(seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while isRunning {
      guard Date() < deadline else { return false }
      usleep(5_000)
    }
    return true
  }

  /// Asks the child and its process group to end, kills them after five seconds, and reaps the child.
  func stop() {
    guard isRunning else {
      kill(-pid, SIGKILL)
      return
    }
    kill(-pid, SIGTERM)
    if !wait(seconds: 5) {
      kill(-pid, SIGKILL)
      _ = wait(seconds: 30)
    }
    kill(-pid, SIGKILL)
  }

  deinit { stop() }
}

/// A server the tests start and always stop.
final class ServerProcess {
  let child: Child
  let port: Int

  init(child: Child, port: Int) {
    self.child = child
    self.port = port
  }

  func stop() { child.stop() }
}

/// Peer repositories served for real on 127.0.0.1, as a catalogue's peers would be: through smart HTTP
/// (`git http-backend` behind a small CGI server) and through `git daemon`.
enum PeerServers {
  /// A smart-HTTP server for the bare repositories in `root`, on a free port, that exits by itself after
  /// `lifetime` seconds. Under `/private/` it asks for the user `reader` with the password `s3cret`. With
  /// `dieAfterBytes`, the server process exits in the middle of the first pack it sends larger than that:
  /// the peer goes down mid-fetch.
  static func http(root: String, lifetime: Double = 120, dieAfterBytes: Int = 0) throws -> ServerProcess {
    let script = root + "/../cgi-server-\(UUID().uuidString).py"
    try cgiServer.write(toFile: script, atomically: true, encoding: .utf8)
    let portFile = root + "/../port-\(UUID().uuidString)"
    let child = try Child(["python3", script, root, portFile, String(lifetime), String(dieAfterBytes)])
    let deadline = Date().addingTimeInterval(20)
    while Date() < deadline, child.isRunning {
      if let text = try? String(contentsOfFile: portFile, encoding: .utf8), text.hasSuffix("\n"),
        let port = Int(text.dropLast())
      {
        return ServerProcess(child: child, port: port)
      }
      usleep(20_000)
    }
    child.stop()
    throw ServerDidNotStart(what: "the smart-HTTP server")
  }

  /// `git daemon` for the repositories below `root`, on 127.0.0.1 and a free port.
  static func daemon(root: String) throws -> ServerProcess {
    for _ in 0..<5 {
      let port = try freePort()
      let child = try Child([
        "git", "daemon", "--reuseaddr", "--listen=127.0.0.1", "--port=\(port)", "--export-all",
        "--base-path=\(root)", "--timeout=60", "--init-timeout=20", root,
      ])
      let deadline = Date().addingTimeInterval(10)
      while Date() < deadline, child.isRunning {
        if canConnect(port: port) { return ServerProcess(child: child, port: port) }
        usleep(20_000)
      }
      child.stop()
    }
    throw ServerDidNotStart(what: "git daemon")
  }

  /// A port nothing listens on right now (the kernel's choice for a socket bound to port 0).
  static func freePort() throws -> Int {
    let listener = try Listener()
    defer { listener.close() }
    return listener.port
  }

  static func canConnect(port: Int) -> Bool {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = UInt16(port).bigEndian
    return withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
      }
    }
  }

  /// The CGI server: Python's standard library only. Each request runs `git http-backend` with the CGI
  /// variables it needs and relays its answer.
  static let cgiServer = #"""
    import base64, http.server, os, subprocess, sys, threading

    root, port_file, lifetime, die_after = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4])
    secret = "Basic " + base64.b64encode(b"reader:s3cret").decode()

    class Backend(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            self.relay()

        def do_POST(self):
            self.relay()

        def relay(self):
            path, _, query = self.path.partition("?")
            if path.startswith("/private/") and self.headers.get("Authorization", "") != secret:
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="casebook"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            env = dict(os.environ, GIT_PROJECT_ROOT=root, GIT_HTTP_EXPORT_ALL="1", PATH_INFO=path,
                       QUERY_STRING=query, REQUEST_METHOD=self.command, REMOTE_ADDR="127.0.0.1",
                       CONTENT_TYPE=self.headers.get("Content-Type", ""), CONTENT_LENGTH=str(len(body)))
            if self.headers.get("Content-Encoding"):
                env["HTTP_CONTENT_ENCODING"] = self.headers["Content-Encoding"]
            if self.headers.get("Git-Protocol"):
                env["GIT_PROTOCOL"] = self.headers["Git-Protocol"]
            answer = subprocess.run(["git", "http-backend"], input=body, env=env, capture_output=True,
                                    timeout=60).stdout
            head, _, payload = answer.partition(b"\r\n\r\n")
            status, headers = 200, []
            for line in head.split(b"\r\n"):
                name, _, value = line.decode().partition(":")
                if name.lower() == "status":
                    status = int(value.split()[0])
                elif name:
                    headers.append((name, value.strip()))
            self.send_response(status)
            for name, value in headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if die_after and self.command == "POST" and len(payload) > die_after:
                self.wfile.write(payload[:die_after])
                self.wfile.flush()
                os._exit(3)
            self.wfile.write(payload)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Backend)
    threading.Timer(lifetime, lambda: os._exit(0)).start()
    with open(port_file + ".tmp", "w") as handle:
        handle.write("%d\n" % server.server_address[1])
    os.rename(port_file + ".tmp", port_file)
    server.serve_forever()
    """#
}

struct ServerDidNotStart: Error, CustomStringConvertible {
  var what: String
  var description: String { "\(what) did not start" }
}

/// A TCP socket on 127.0.0.1 that listens and never accepts: a peer that takes the connection and never
/// answers.
final class Listener {
  let descriptor: Int32
  let port: Int

  init() throws {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
    }
    guard bound == 0, listen(descriptor, 16) == 0 else { throw ServerDidNotStart(what: "a listening socket") }
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
    }
    self.descriptor = descriptor
    port = Int(UInt16(bigEndian: address.sin_port))
  }

  func close() { _ = Glibc.close(descriptor) }
}

/// What one bounded run of a command produced.
struct BoundedRun {
  var status: Int32
  var output: String
  var errors: String
  var seconds: Double
}

/// Runs `arguments` (the first looked up on `PATH` unless it is a path) in `directory`, with `environment`
/// added, and kills it after `timeout` seconds (the run then has status -9): a hanging command fails its test
/// instead of hanging it. Output goes through temporary files, so nothing blocks on a full pipe.
func boundedRun(
  _ arguments: [String], in directory: String, environment: [String: String] = [:], timeout: Double = 120
) throws -> BoundedRun {
  var merged = ProcessInfo.processInfo.environment
  merged["NO_COLOR"] = "1"
  for (name, value) in environment { merged[name] = value }
  let base = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)").path
  let output = open(base + ".out", O_RDWR | O_CREAT | O_TRUNC, 0o600)
  let errors = open(base + ".err", O_RDWR | O_CREAT | O_TRUNC, 0o600)
  defer {
    close(output)
    close(errors)
    unlink(base + ".out")
    unlink(base + ".err")
  }
  let started = Date()
  let child = try Child(arguments, in: directory, environment: merged, output: output, errors: errors)
  var killed = false
  if !child.wait(seconds: timeout) {
    kill(-child.pid, SIGKILL)
    killed = true
    _ = child.wait(seconds: 30)
  }
  let seconds = Date().timeIntervalSince(started)
  func text(_ path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }
  return BoundedRun(
    status: killed ? -9 : child.status ?? -1, output: text(base + ".out"), errors: text(base + ".err"),
    seconds: seconds)
}
