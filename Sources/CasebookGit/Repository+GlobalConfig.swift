internal import CGit2

extension Repository {
  /// `user.name` and `user.email` from the user's global and the system git config, read without a
  /// repository (for example before `casebook init` creates one); nil when either is unset or empty.
  public static func globalIdentity() throws(GitError) -> (name: String, email: String)? {
    try LibGit2.initialize()
    var config: OpaquePointer?
    let code = git_config_open_default(&config)
    // No global or system config file at all is not an error: there is simply no identity.
    if code == GIT_ENOTFOUND.rawValue { return nil }
    try check(code, "git_config_open_default")
    let live = ConfigHandle(config!)
    var snapshot: OpaquePointer?
    try check(git_config_snapshot(&snapshot, live.pointer), "git_config_snapshot")
    let values = ConfigHandle(snapshot!)
    guard let name = try values.string("user.name"), !name.isEmpty,
      let email = try values.string("user.email"), !email.isEmpty
    else { return nil }
    return (name, email)
  }
}
