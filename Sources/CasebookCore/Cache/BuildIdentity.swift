#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Identifies the build of the code that is running, so that cached results of one build are never used by
/// another: a changed rule in the code changes the binary and so drops the cache, even if nobody bumped
/// `RuleSet.codeVersion`.
enum BuildIdentity {
  /// The GNU build id of the running executable (Linux), otherwise its size and modification time; empty
  /// when neither can be had (then only `RuleSet.codeVersion` counts).
  static let current: String = {
    #if os(Linux)
      if let id = gnuBuildID() { return "build-id " + id }
    #endif
    return executableStamp() ?? ""
  }()

  #if os(Linux)
    /// Reads the `NT_GNU_BUILD_ID` note of the running executable (`/proc/self/exe`), which holds this module
    /// when it is linked statically, as SwiftPM does for the `casebook` executable and the test runner.
    private static func gnuBuildID() -> String? {
      let descriptor = open("/proc/self/exe", O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else { return nil }
      defer { close(descriptor) }
      func read(_ count: Int, at offset: Int) -> [UInt8]? {
        guard count > 0, count <= 1 << 20 else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset)) }
        return got == count ? bytes : nil
      }
      // A 64-bit little-endian ELF file: program headers at e_phoff (offset 32), e_phentsize/e_phnum at 54/56.
      guard let header = read(64, at: 0), header[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]), header[4] == 2,
        header[5] == 1
      else { return nil }
      func integer<T: FixedWidthInteger>(_ bytes: [UInt8], _ offset: Int, _: T.Type) -> Int {
        Int(bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) })
      }
      let tableOffset = integer(header, 32, UInt64.self)
      let entrySize = integer(header, 54, UInt16.self)
      let count = integer(header, 56, UInt16.self)
      guard entrySize >= 56, let table = read(entrySize * count, at: tableOffset) else { return nil }
      for index in 0..<count where integer(table, index * entrySize, UInt32.self) == 4 {  // PT_NOTE
        let offset = integer(table, index * entrySize + 8, UInt64.self)
        let size = integer(table, index * entrySize + 32, UInt64.self)
        guard let notes = read(size, at: offset) else { continue }
        if let id = notes.withUnsafeBytes({ buildID(notes: $0) }) {
          return id.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
      }
      return nil
    }

    /// Finds the GNU build id in a block of ELF notes (each: name size, description size, type, then the
    /// name and description, each padded to 4 bytes).
    private static func buildID(notes: UnsafeRawBufferPointer) -> [UInt8]? {
      var offset = 0
      func padded(_ size: Int) -> Int { (size + 3) & ~3 }
      while offset + 12 <= notes.count {
        let nameSize = Int(notes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
        let descriptionSize = Int(notes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
        let type = notes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
        let name = offset + 12
        let description = name + padded(nameSize)
        guard description + descriptionSize <= notes.count else { return nil }
        if type == 3, nameSize == 4, Array(notes[name..<name + 3]) == Array("GNU".utf8) {
          return Array(notes[description..<description + descriptionSize])
        }
        offset = description + padded(descriptionSize)
      }
      return nil
    }
  #endif

  private static func executableStamp() -> String? {
    guard let path = CommandLine.arguments.first else { return nil }
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    #if os(Linux)
      let modified = status.st_mtim
    #else
      let modified = status.st_mtimespec
    #endif
    return "executable \(status.st_size) \(modified.tv_sec).\(modified.tv_nsec)"
  }
}
