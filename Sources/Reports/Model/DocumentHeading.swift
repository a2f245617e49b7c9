public import Casework

/// The words of an official document's heading and signature block that do not depend on the pack (NĐ
/// 30/2020/NĐ-CP Phụ lục I): the national header and the date line. The HTML and XLSX renderers print them with the
/// pack's ``ReportHeading``.
public enum DocumentHeading {
    /// Quốc hiệu.
    public static let nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    /// Tiêu ngữ.
    public static let motto = "Độc lập - Tự do - Hạnh phúc"
    /// The signature's hint under the signer's title.
    public static let signatureHint = "(Ký, ghi rõ họ tên, đóng dấu)"
    /// Before the recipients.
    public static let recipients = "Nơi nhận:"

    /// The place and date line as NĐ 30/2020 writes it: `Nghệ An, ngày 05 tháng 02 năm 2026` (a day below 10 and
    /// the months 1 and 2 with a leading 0); without a place, `Ngày 05 tháng 02 năm 2026`.
    public static func dateLine(place: String, on day: CalendarDate) -> String {
        let dd = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        let mm = day.month < 3 ? "0\(day.month)" : "\(day.month)"
        let date = "ngày \(dd) tháng \(mm) năm \(day.year)"
        return place.isEmpty ? "N" + date.dropFirst() : "\(place), \(date)"
    }
}
