import Server
import Store
@testable import thanhtra

extension ServerBench {
    /// The CLI's importer over `store`, the one `thanhtra serve` hands the server (`POST /api/v1/imports/{kind}`).
    static func importer(over store: SQLiteStore) -> any ServerImporter {
        ServeImporter(store: store)
    }
}
