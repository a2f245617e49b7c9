import Foundation

extension RulePack {
    /// Reads every file of the pack folder at `directory`.
    ///
    /// - Throws: ``RuleError`` of kind ``RuleError/Kind/pack`` when the folder does not exist, holds no
    ///   `init.lua`, holds a symbolic link, or holds a file larger than ``maximumFileSize``.
    public static func load(from directory: String) throws(RuleError) -> RulePack {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RuleError(
                kind: .pack, message: "rule pack folder \(directory) does not exist",
                hint: "pass --rules DIR with the folder that holds init.lua, or run from the project folder",
                vietnamese: RuleError.Words(
                    "không có thư mục bộ quy tắc \(directory)",
                    hint: "dùng --rules THƯ_MỤC với thư mục chứa init.lua, hoặc chạy từ thư mục của dự án"))
        }
        var files: [File] = []
        do {
            try collect(root, relative: "", into: &files)
        } catch let error as RuleError {
            throw error
        } catch {
            throw RuleError(
                kind: .pack, message: "cannot read rule pack \(directory): \(error.localizedDescription)",
                vietnamese: RuleError.Words(
                    "không đọc được bộ quy tắc \(directory): \(error.localizedDescription)",
                    hint: "kiểm tra quyền đọc thư mục và các tệp trong đó"))
        }
        guard files.contains(where: { $0.path == "init.lua" }) else {
            throw RuleError(
                kind: .pack, message: "rule pack \(directory) has no init.lua",
                hint: "a rule pack's entry point is init.lua at the top of its folder",
                vietnamese: RuleError.Words(
                    "bộ quy tắc \(directory) không có init.lua", hint: "điểm vào của bộ quy tắc là init.lua ở gốc thư mục"))
        }
        return RulePack(directory: root.path, files: files)
    }

    private static func collect(_ folder: URL, relative: String, into files: inout [File]) throws {
        let manager = FileManager.default
        let names = try manager.contentsOfDirectory(atPath: folder.path).sorted()
        for name in names where !name.hasPrefix(".") {
            let url = folder.appendingPathComponent(name)
            let path = relative.isEmpty ? name : relative + "/" + name
            let (type, size) = try kind(of: url.path)
            switch type {
            case .typeDirectory?:
                try collect(url, relative: path, into: &files)
            case .typeRegular?:
                guard size <= maximumFileSize else {
                    throw RuleError(
                        kind: .pack, message: "\(chunkName(for: path)) is \(size) bytes; a rule file is at most \(maximumFileSize)",
                        file: chunkName(for: path), hint: "split the file, or move data that is not rules out of the pack",
                        vietnamese: RuleError.Words(
                            "\(chunkName(for: path)) có \(size) byte; một tệp quy tắc tối đa \(maximumFileSize) byte",
                            hint: "tách tệp, hoặc đưa dữ liệu không phải quy tắc ra khỏi bộ quy tắc"))
                }
                files.append(File(path: path, bytes: Array(try Data(contentsOf: url))))
            case .typeSymbolicLink?:
                throw RuleError(
                    kind: .pack, message: "\(chunkName(for: path)) is a symbolic link; a rule pack holds only its own files",
                    file: chunkName(for: path), hint: "copy the file into the pack instead of linking it",
                    vietnamese: RuleError.Words(
                        "\(chunkName(for: path)) là một liên kết tượng trưng; bộ quy tắc chỉ chứa tệp của chính nó",
                        hint: "chép tệp vào bộ quy tắc thay vì liên kết tới nó"))
            default:
                continue  // sockets, devices: not part of a pack
            }
        }
    }

    /// The type and size of the file at `path`, not following a symbolic link: from `lstat(2)` (FileManager's
    /// `attributesOfItem` also looks up the owner's and group's names, 1.6 % of a report's process for the pack's 63
    /// files, docs/performance.md); when `lstat` fails, FileManager's own error for the path.
    private static func kind(of path: String) throws -> (type: FileAttributeType?, size: Int) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            return (attributes[.type] as? FileAttributeType, (attributes[.size] as? NSNumber)?.intValue ?? 0)
        }
        let type: FileAttributeType? =
            switch info.st_mode & S_IFMT {
            case S_IFDIR: .typeDirectory
            case S_IFREG: .typeRegular
            case S_IFLNK: .typeSymbolicLink
            default: nil
            }
        return (type, Int(info.st_size))
    }
}
