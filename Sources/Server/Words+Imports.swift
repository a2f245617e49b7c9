/// The texts of the import page (`/imports`): the kinds of file, the preview of an uploaded file and its result,
/// Vietnamese first, English beside them. A refused row's reasons are the command's (``ServerImportRefusal``).
extension Words {
    static let imports: [String: (vi: String, en: String)] = [
        "imports": ("Nhập tệp", "Import"),
        "importHeading": ("Nhập tệp CSV", "Import a CSV file"),
        "importIntro": (
            "Chọn tệp CSV (UTF-8, dòng đầu là tiêu đề cột) rồi bấm Xem trước: máy chủ kiểm tra từng dòng và chưa ghi gì. Nhập đối tượng trước, rồi cuộc thanh tra và vụ việc, rồi khoản nộp.",
            "Choose a CSV file (UTF-8, the first line heading the columns) and press Preview: the server checks every row and writes nothing yet. Import subjects first, then inspections and cases, then payments."
        ),
        "importNoKind": (
            "Tài khoản của bạn không có vai trò được nhập tệp nào.", "Your account has no role that may import a file."
        ),
        "importKind-subjects": ("Đối tượng", "Subjects"),
        "importKind-inspections": ("Cuộc thanh tra", "Inspections"),
        "importKind-cases": ("Vụ việc xử phạt", "Penalty cases"),
        "importKind-payments": ("Khoản nộp phạt", "Payments"),
        "importFile": ("Tệp CSV", "CSV file"),
        "importSkipBad": (
            "Bỏ qua các dòng bị từ chối (nhập các dòng đúng)", "Skip refused rows (import the good ones)"
        ),
        "importPreviewButton": ("Xem trước", "Preview"),
        "importConfirmButton": ("Nhập các dòng này", "Import these rows"),
        "importLimit": ("Tệp lớn nhất máy chủ nhận:", "The largest file the server takes:"),
        "importPreviewHeading": ("Xem trước tệp nhập", "Preview of the import"),
        "importPreviewNote": (
            "Chưa có gì được ghi. Bấm nút bên dưới để nhập; tệp được giữ trên máy chủ đến khi nhập hoặc hết 30 phút.",
            "Nothing has been written yet. Press the button below to import; the server keeps the file until it is imported or for 30 minutes."
        ),
        "importFileName": ("Tệp", "File"),
        "importRowsRead": ("Số dòng đọc được", "Rows read"),
        "importRowsToWrite": ("Số dòng sẽ được ghi", "Rows to be written"),
        "importRowsRefused": ("Số dòng bị từ chối", "Rows refused"),
        "importSampleHeading": ("Các dòng sẽ được ghi", "Rows to be written"),
        "importSampleListed": (
            "Chỉ hiển thị 20 dòng đầu tiên; các dòng sau cũng sẽ được ghi.",
            "Only the first 20 rows are shown; the later ones will be written too."
        ),
        "importRefusedHeading": ("Các dòng bị từ chối", "Refused rows"),
        "importLine": ("Dòng", "Line"),
        "importColumn": ("Cột", "Column"),
        "importReasons": ("Lý do", "Reasons"),
        "importRefusedListed": ("Chỉ liệt kê các dòng đầu tiên.", "Only the first rows are listed."),
        "importRefusedStop": (
            "Có dòng bị từ chối: không có gì được nhập trừ khi chọn bỏ qua các dòng bị từ chối. Sửa tệp rồi tải lên lại, hoặc đánh dấu ô bỏ qua.",
            "Some rows are refused: nothing is imported unless you choose to skip refused rows. Fix the file and upload it again, or tick the box to skip them."
        ),
        "importNothingToWrite": ("Không có dòng nào để ghi.", "There is no row to write."),
        "importAgain": ("Tải lên tệp khác", "Upload another file"),
        "importResultHeading": ("Đã nhập tệp", "File imported"),
        "importImported": ("Số dòng đã ghi", "Rows written"),
        "importSkipped": ("Số dòng bị bỏ qua", "Rows skipped"),
        "importBatches": ("Số lô (mỗi lô một giao dịch và một mục nhật ký)", "Batches (each one transaction and one journal entry)"),
        "importJournal": ("Nhật ký", "Journal"),
        "importRecords": ("Mã bản ghi đầu và cuối", "First and last record"),
        "importAmount": ("Tổng tiền phạt đã nộp", "Fines paid"),
        "importSurcharge": ("Tổng tiền chậm nộp đã nộp", "Surcharges paid"),
        "importSHA256": ("SHA-256 của tệp", "The file's SHA-256"),
        "importChooseFile": ("Chọn một tệp CSV để nhập.", "Choose a CSV file to import."),
        "importKindForbidden": (
            "Tài khoản của bạn không có vai trò được nhập loại tệp này. Không có gì được ghi lại.",
            "Your account has no role that may import this kind of file. Nothing was recorded."
        ),
        "importExpired": ("Tệp không còn trên máy chủ", "The file is no longer on the server"),
        "importExpiredText": (
            "Tệp đã được nhập, đã hết hạn (30 phút) hoặc thuộc phiên đăng nhập khác. Vui lòng tải lên lại.",
            "The file was imported already, has expired (30 minutes) or belongs to another session. Please upload it again."
        ),
        "importTooLarge": ("Tệp quá lớn", "File too large"),
        "importFull": (
            "Máy chủ đang giữ quá nhiều tệp chờ nhập. Vui lòng thử lại sau ít phút.",
            "The server holds too many files waiting to be imported. Please try again in a few minutes."
        ),
        "importNotAvailable": (
            "Máy chủ này không nhận tệp nhập; dùng lệnh thanhtra import.", "This server takes no imports; use thanhtra import."
        ),
        "importFileRefused": ("Tệp bị từ chối", "The file was refused"),
        "badForm": (
            "Biểu mẫu gửi lên không đọc được. Vui lòng tải lại trang và thử lại.",
            "The form sent could not be read. Please reload the page and try again."
        ),
    ]
}
