import Foundation
import PostgresStore
import Testing

@Suite struct PasswordFileTests {
    @Test func aStarMatchesAnything() {
        let file = PasswordFile(contents: "*:*:*:app:secret\n")
        #expect(file.password(host: "db.example", port: 6543, database: "any", user: "app") == "secret")
        #expect(file.password(host: "db.example", port: 6543, database: "any", user: "other") == nil)
    }

    @Test func theFirstMatchingLineWins() {
        let file = PasswordFile(
            contents: """
                db.example:5432:thanhtra:app:first
                *:*:*:app:second
                db.example:5432:thanhtra:app:third
                """)
        #expect(file.password(host: "db.example", port: 5432, database: "thanhtra", user: "app") == "first")
        #expect(file.password(host: "other", port: 5432, database: "thanhtra", user: "app") == "second")
    }

    @Test func everyFieldMustMatchThePortAsWritten() {
        let file = PasswordFile(contents: "db:5433:thanhtra:app:on5433\n")
        #expect(file.password(host: "db", port: 5433, database: "thanhtra", user: "app") == "on5433")
        #expect(file.password(host: "db", port: 5432, database: "thanhtra", user: "app") == nil)
        #expect(file.password(host: "db", port: 5433, database: "other", user: "app") == nil)
    }

    @Test func aBackslashEscapesColonsAndBackslashes() {
        let file = PasswordFile(contents: #"db\:1:*:*:app:pa\:ss\\word"# + "\n")
        #expect(file.password(host: "db:1", port: 5432, database: "d", user: "app") == #"pa:ss\word"#)
        #expect(file.password(host: "db", port: 5432, database: "d", user: "app") == nil)
    }

    @Test func anEscapedStarIsALiteralStar() {
        let file = PasswordFile(contents: #"\*:*:*:*:star"# + "\n")
        #expect(file.password(host: "*", port: 5432, database: "d", user: "u") == "star")
        #expect(file.password(host: "db", port: 5432, database: "d", user: "u") == nil)
    }

    @Test func thePasswordEndsAtTheNextUnescapedColon() {
        let file = PasswordFile(contents: "*:*:*:*:abc:def\n")
        #expect(file.password(host: "db", port: 5432, database: "d", user: "u") == "abc")
    }

    @Test func commentsBlankAndShortLinesAreSkipped() {
        let file = PasswordFile(
            contents: """
                # *:*:*:*:commented

                *:*:*:short
                *:*:*:*:real\r
                """)
        #expect(file.password(host: "db", port: 5432, database: "d", user: "u") == "real")
    }

    @Test func theDefaultSocketDirectoryMatchesLocalhost() throws {
        let home = try TemporaryHome(pgpass: "localhost:5432:*:app:bysocket\n/tmp/pg:5432:*:app:elsewhere\n")
        defer { home.remove() }
        let onDefault = try home.settings("postgres://app@%2Fvar%2Frun%2Fpostgresql/thanhtra")
        #expect(onDefault.password?.revealed == "bysocket")
        let onOther = try home.settings("postgres:///thanhtra?host=/tmp/pg&user=app")
        #expect(onOther.password?.revealed == "elsewhere")
    }

    @Test func settingsFindTheirPasswordInDotPgpass() throws {
        let home = try TemporaryHome(pgpass: "db.example:5432:thanhtra:app:from-file\n")
        defer { home.remove() }
        let settings = try home.settings("postgres://app@db.example/thanhtra")
        #expect(settings.password?.revealed == "from-file")
        #expect(settings.passwordSource == .passwordFile(path: home.path + "/.pgpass"))
        #expect(settings.warnings.isEmpty)
        // PGPASSWORD comes before the file.
        let fromEnvironment = try home.settings("postgres://app@db.example/thanhtra", ["PGPASSWORD": "env"])
        #expect(fromEnvironment.password?.revealed == "env")
    }

    @Test func pgpassfileNamesAnotherFile() throws {
        let home = try TemporaryHome(pgpass: "*:*:*:*:from-home\n")
        defer { home.remove() }
        let other = home.path + "/other.pgpass"
        try home.write("*:*:*:*:from-pgpassfile\n", to: other, permissions: 0o600)
        let settings = try home.settings("postgres://app@db.example/thanhtra", ["PGPASSFILE": other])
        #expect(settings.password?.revealed == "from-pgpassfile")
        #expect(settings.passwordSource == .passwordFile(path: other))
    }

    @Test(arguments: [0o640, 0o604, 0o660, 0o700 | 0o010])
    func aFileOthersMayReadIsPassedOverWithLibpqsWarning(permissions: Int) throws {
        let home = try TemporaryHome(pgpass: "*:*:*:*:exposed\n", permissions: permissions)
        defer { home.remove() }
        let settings = try home.settings("postgres://app@db.example/thanhtra")
        #expect(settings.password == nil)
        #expect(
            settings.warnings == [
                "password file \"\(home.path)/.pgpass\" has group or world access; permissions should be u=rw (0600) "
                    + "or less"
            ])
    }

    @Test func aFileOfTheOwnerAloneIsRead() throws {
        for permissions in [0o600, 0o400] {
            let home = try TemporaryHome(pgpass: "*:*:*:*:private\n", permissions: permissions)
            defer { home.remove() }
            #expect(PasswordFile.load(path: home.path + "/.pgpass") == .loaded(PasswordFile(contents: "*:*:*:*:private\n")))
        }
    }

    @Test func aDirectoryOrNoFileIsNoPasswordFile() throws {
        let home = try TemporaryHome(pgpass: nil)
        defer { home.remove() }
        #expect(PasswordFile.load(path: home.path + "/.pgpass") == .absent)
        try FileManager.default.createDirectory(atPath: home.path + "/.pgpass", withIntermediateDirectories: false)
        #expect(
            PasswordFile.load(path: home.path + "/.pgpass")
                == .passedOver(warning: "password file \"\(home.path)/.pgpass\" is not a plain file"))
    }
}

/// A home directory of its own, with a `.pgpass` if asked, removed by ``remove()``.
struct TemporaryHome {
    let path: String

    init(pgpass: String?, permissions: Int = 0o600) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("thanhtra-pgpass-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        if let pgpass { try write(pgpass, to: path + "/.pgpass", permissions: permissions) }
    }

    func write(_ text: String, to file: String, permissions: Int) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: file)
    }

    func settings(_ url: String, _ variables: [String: String] = [:]) throws -> PostgresSettings {
        try PostgresSettings(
            url: url, environment: PostgresEnvironment(variables: variables, loginName: "inspector", homeDirectory: path))
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
