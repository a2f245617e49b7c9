import Casework
import Foundation

/// The files uploaded on the import page between their preview and their confirmation, so that confirming trusts
/// nothing the browser sends but a token: each file is kept in a private folder (mode 0700, made on first use,
/// removed with its files when the server stops) under a random token bound to the session that uploaded it and to
/// its kind. A file is removed once imported, when its session uploads another, and after ``lifetime``. At most
/// ``maximumCount`` files are kept at once, together at most ``maximumTotalBytes``; beyond that an upload is
/// refused until one is used or expires.
public final class ImportUploads: @unchecked Sendable {
    // @unchecked Sendable: every member is read and changed under `lock`.
    private let lock = NSLock()
    private var folder: String?
    private var entries: [String: Upload] = [:]

    /// Seconds an uploaded file waits for its confirmation: 30 minutes.
    public let lifetime: Int64
    /// Files kept at once (one per session).
    public let maximumCount: Int
    /// Bytes kept at once.
    public let maximumTotalBytes: Int

    /// A kept file.
    struct Upload: Sendable {
        var token: String
        /// Whose it is: a digest of the session's token (never the token itself).
        var owner: String
        var kind: ServerImportKind
        var fileName: String
        var path: String
        var byteCount: Int
        var storedAt: Int64
        /// Being imported: a second confirmation finds nothing.
        var isClaimed = false
    }

    /// Why a file was not kept.
    enum Refusal: Error {
        case full
    }

    public init(lifetime: Int64 = 30 * 60, maximumCount: Int = 32, maximumTotalBytes: Int = 512 * 1024 * 1024) {
        self.lifetime = lifetime
        self.maximumCount = maximumCount
        self.maximumTotalBytes = maximumTotalBytes
    }

    deinit {
        removeAll()
    }

    /// Forgets every kept file and removes the private folder with them (the server stopping; a later upload makes a
    /// new folder).
    public func removeAll() {
        let removed = locked { () -> String? in
            entries = [:]
            defer { folder = nil }
            return folder
        }
        if let removed { try? FileManager.default.removeItem(atPath: removed) }
    }

    /// The owner a session's uploads are bound to.
    static func owner(ofSession token: String) -> String {
        SHA256.hex(utf8: "thanhtra-upload-v1:" + token)
    }

    /// A new path in the private folder for a file being received (``MultipartSpool``), to be kept by
    /// ``adopt(_:kind:owner:now:)`` or removed by the receiver.
    func spoolPath() throws -> String {
        let folder = try locked { try makeFolder() }
        return folder + "/receiving-" + SessionTokenFactory.randomHex().prefix(32) + ".part"
    }

    /// Keeps the received `file` for `owner` (replacing that owner's previous file): moved under a new token, which
    /// is answered.
    ///
    /// - Throws: ``Refusal/full`` when ``maximumCount`` files or ``maximumTotalBytes`` bytes are kept already (the
    ///   file is left where it is, for its receiver to remove); what moving the file throws.
    func adopt(_ file: MultipartForm.File, kind: ServerImportKind, owner: String, now: Int64) throws -> String {
        let token = SessionTokenFactory.randomHex()
        let replaced = try locked { () throws -> [Upload] in
            var removed = expire(now: now)
            for (key, upload) in entries where upload.owner == owner && !upload.isClaimed {
                entries[key] = nil
                removed.append(upload)
            }
            let total = entries.values.reduce(0) { $0 + $1.byteCount }
            guard entries.count < maximumCount, total + file.byteCount <= maximumTotalBytes else {
                remove(removed)
                throw Refusal.full
            }
            let path = try makeFolder() + "/" + token + ".csv"
            try FileManager.default.moveItem(atPath: file.path, toPath: path)
            entries[token] = Upload(
                token: token, owner: owner, kind: kind, fileName: file.fileName, path: path, byteCount: file.byteCount,
                storedAt: now)
            return removed
        }
        remove(replaced)
        return token
    }

    /// The file of `token`, when `owner` kept it for `kind`, it has not expired and nobody is importing it.
    func upload(_ token: String, owner: String, kind: ServerImportKind, now: Int64) -> Upload? {
        let (found, expired) = locked { () -> (Upload?, [Upload]) in
            let expired = expire(now: now)
            guard let upload = entries[token], upload.owner == owner, upload.kind == kind, !upload.isClaimed else {
                return (nil, expired)
            }
            return (upload, expired)
        }
        remove(expired)
        return found
    }

    /// Takes the file of `token` for its import: found as ``upload(_:owner:kind:now:)`` finds it, and then no other
    /// request finds it until ``release(_:)``.
    func claim(_ token: String, owner: String, kind: ServerImportKind, now: Int64) -> Upload? {
        guard upload(token, owner: owner, kind: kind, now: now) != nil else { return nil }
        return locked { () -> Upload? in
            guard var upload = entries[token], !upload.isClaimed else { return nil }
            upload.isClaimed = true
            entries[token] = upload
            return upload
        }
    }

    /// Gives a claimed file back (its import stopped before writing; it may be confirmed again).
    func release(_ token: String) {
        locked { entries[token]?.isClaimed = false }
    }

    /// Removes the file of `token` (imported).
    func discard(_ token: String) {
        if let upload = locked({ entries.removeValue(forKey: token) }) { remove([upload]) }
    }

    /// Files kept now (for the tests and the bounds).
    public var count: Int { locked { entries.count } }

    /// Removes the expired, unclaimed entries from the table (under the lock) and answers them, for their files to
    /// be removed outside it.
    private func expire(now: Int64) -> [Upload] {
        let expired = entries.values.filter { !$0.isClaimed && now - $0.storedAt >= lifetime }
        for upload in expired { entries[upload.token] = nil }
        return expired
    }

    /// The private folder, made on first use (under the lock), and again if it was removed meanwhile (by another
    /// server's ``sweepAbandoned(in:olderThan:)`` after a day without an upload).
    private func makeFolder() throws -> String {
        if let folder, FileManager.default.fileExists(atPath: folder) { return folder }
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("thanhtra-uploads-\(SessionTokenFactory.randomHex().prefix(16))").path
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        folder = path
        return path
    }

    /// The prefixes of the temporary folders a server makes: the import page's uploads and the API's imports.
    static let folderPrefixes = ["thanhtra-uploads-", "thanhtra-import-"]

    /// Removes the temporary folders a server stopped without a graceful shutdown (a crash, SIGKILL) left in
    /// `folder` (the temporary directory by default): those named as a server names them, owned by this user, unchanged for `olderThan` seconds (a day
    /// by default, longer than any upload waits or any import runs). Answers the folders removed.
    @discardableResult
    public static func sweepAbandoned(in folder: String? = nil, olderThan: Double = 24 * 60 * 60) -> [String] {
        let manager = FileManager.default
        let directory = folder ?? manager.temporaryDirectory.path
        let now = Date()
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return [] }
        let user = getuid()
        var removed: [String] = []
        for name in names where folderPrefixes.contains(where: { name.hasPrefix($0) }) {
            let path = directory + "/" + name
            guard let attributes = try? manager.attributesOfItem(atPath: path),
                attributes[.type] as? FileAttributeType == .typeDirectory,
                (attributes[.ownerAccountID] as? NSNumber)?.uint32Value == user,
                let changed = attributes[.modificationDate] as? Date, now.timeIntervalSince(changed) >= olderThan
            else { continue }
            if (try? manager.removeItem(atPath: path)) != nil { removed.append(path) }
        }
        return removed
    }

    private func locked<Result>(_ body: () throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func remove(_ uploads: [Upload]) {
        for upload in uploads { try? FileManager.default.removeItem(atPath: upload.path) }
    }
}
