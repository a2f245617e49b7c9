import Foundation

/// A libpq password file (`~/.pgpass`, or the file `PGPASSFILE` names): lines of
/// `hostname:port:database:username:password`.
///
/// The rules are libpq's (PostgreSQL manual, "The Password File", and `passwordFromFile` in `fe-connect.c`):
///
/// - each of the first four fields is a literal value or `*`, which matches anything;
/// - a backslash escapes the next character, so `\:` is a colon and `\\` a backslash within a field;
/// - lines starting with `#` are comments; blank lines and lines with fewer than five fields are skipped;
/// - the first line that matches wins;
/// - a unix-socket connection matches the host `localhost` when its directory is the default one, else the
///   directory itself.
///
/// ``load(path:)`` passes over a file that is not a plain file, or that its group or others may read, write or
/// execute (libpq's "permissions should be u=rw (0600) or less"), with libpq's warning.
public struct PasswordFile: Sendable, Equatable {
    /// One of the first four fields of a line: `*`, or a value with its escapes removed.
    enum Field: Sendable, Equatable {
        case any
        case value(String)

        func matches(_ value: String) -> Bool {
            switch self {
            case .any: true
            case .value(let field): field == value
            }
        }
    }

    /// One line.
    struct Entry: Sendable, Equatable {
        var host: Field
        var port: Field
        var database: Field
        var user: Field
        var password: String
    }

    var entries: [Entry]

    /// What ``load(path:)`` found.
    public enum Loading: Sendable, Equatable {
        /// There is no file at the path.
        case absent
        /// The file exists but may not be used; the warning says why, in libpq's words.
        case passedOver(warning: String)
        /// The file, parsed.
        case loaded(PasswordFile)
    }

    /// Parses a password file's text.
    public init(contents: String) {
        entries = contents.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).compactMap { (line) -> Entry? in
            guard !line.hasPrefix("#") else { return nil }
            let fields = Self.fields(of: line)
            guard fields.count >= 5 else { return nil }
            func field(_ index: Int) -> Field { fields[index].isStar ? .any : .value(fields[index].text) }
            // The password ends at the next unescaped colon, as libpq reads it.
            return Entry(host: field(0), port: field(1), database: field(2), user: field(3), password: fields[4].text)
        }
    }

    /// Reads the file at `path`, checking it as libpq does before trusting it.
    public static func load(path: String) -> Loading {
        let manager = FileManager.default
        guard let attributes = try? manager.attributesOfItem(atPath: path) else { return .absent }
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else {
            return .passedOver(warning: "password file \"\(path)\" is not a plain file")
        }
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
        guard permissions & 0o077 == 0 else {
            return .passedOver(
                warning: "password file \"\(path)\" has group or world access; permissions should be u=rw (0600) "
                    + "or less")
        }
        guard let data = manager.contents(atPath: path) else {
            return .passedOver(warning: "password file \"\(path)\" cannot be read")
        }
        return .loaded(PasswordFile(contents: String(decoding: data, as: UTF8.self)))
    }

    /// The password of the first line that matches, or `nil`.
    ///
    /// - Parameters:
    ///   - host: the host name, or the socket directory (`localhost` for the default directory).
    ///   - port: the port.
    ///   - database: the database.
    ///   - user: the user.
    public func password(host: String, port: Int, database: String, user: String) -> String? {
        entries.first { entry in
            entry.host.matches(host) && entry.port.matches(String(port)) && entry.database.matches(database)
                && entry.user.matches(user)
        }?.password
    }

    /// Splits a line at unescaped colons and removes the escapes; `isStar` is true for a field that is exactly an
    /// unescaped `*` (libpq's wildcard: `\*` is a literal star).
    private static func fields(of line: Substring) -> [(text: String, isStar: Bool)] {
        var fields: [(text: String, isStar: Bool)] = []
        var current = ""
        var escapedAny = false
        var escaping = false
        for character in line {
            if escaping {
                current.append(character)
                escaping = false
                escapedAny = true
            } else if character == "\\" {
                escaping = true
            } else if character == ":" {
                fields.append((current, current == "*" && !escapedAny))
                current = ""
                escapedAny = false
            } else {
                current.append(character)
            }
        }
        if escaping { current.append("\\") }  // a trailing backslash stays, as libpq keeps it
        fields.append((current, current == "*" && !escapedAny))
        return fields
    }
}
