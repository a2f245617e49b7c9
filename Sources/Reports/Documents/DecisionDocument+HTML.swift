public import Casework

/// Who issues a document and where: the header of an administrative document (NĐ 30/2020/NĐ-CP, Phụ lục I: the
/// governing body over the issuing one, the issuing body, the place name before the date).
public struct DocumentIssuer: Sendable, Equatable {
    /// The governing body, printed above the issuer (`UBND TỈNH QUẢNG NINH`); empty for none.
    public var superior: String
    /// The issuing body (`THANH TRA TỈNH`).
    public var body: String
    /// The place name written before the date (`Quảng Ninh`).
    public var place: String

    public init(superior: String = "", body: String, place: String) {
        self.superior = superior
        self.body = body
        self.place = place
    }
}

/// What the pack calls the codes a decision prints: the signer's title and the circumstances.
public struct DecisionWording: Sendable, Equatable {
    /// Title code → its name (`chanh_thanh_tra_so` → `Chánh Thanh tra Sở`).
    public var titles: [String: String]
    /// Circumstance code → its text, mitigating and aggravating alike.
    public var circumstances: [String: String]
    /// Where fines are paid, as the decision states it (Luật XLVPHC Điều 78 k1).
    public var payAt: String

    /// Where fines are paid when the inspectorate names no account of its own.
    public static let treasury = "tại Kho bạc Nhà nước hoặc vào tài khoản của Kho bạc Nhà nước theo quy định"

    public init(titles: [String: String], circumstances: [String: String], payAt: String) {
        self.titles = titles
        self.circumstances = circumstances
        self.payAt = payAt
    }
}

extension DecisionDocument {
    /// The decision as one printable A4 page of HTML, in the order of contents of Luật XLVPHC Điều 68 k1 (as amended
    /// by Luật 67/2020/QH14; confirmed: https://nganhangphapluat.thukyluat.vn/tu-van-phap-luat/vi-pham-hanh-chinh/quyet-dinh-xu-phat-vi-pham-hanh-chinh-phai-bao-gom-cac-noi-dung-chinh-336140),
    /// with the national header and the signature block of NĐ 30/2020. A draft is marked DỰ THẢO on every printed
    /// page. The layout of NĐ 118/2021's annex form is followed in its parts, not copied (its text was not available
    /// to check against).
    ///
    /// - Parameter styleSheet: The address of ``printStyleSheet`` for a page served under a Content-Security-Policy
    ///   that forbids inline styles (the web server); `nil` puts the style inline (a file, a PDF).
    public func html(issuer: DocumentIssuer, wording: DecisionWording, styleSheet: String? = nil) -> String {
        let e = HTML.escape
        let c = penaltyCase
        var out = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8">
            <title>\(e(isDraft ? "Dự thảo quyết định xử phạt — vụ việc #\(c.id)" : "Quyết định \(number ?? "")"))</title>
            \(styleSheet.map { "<link rel=\"stylesheet\" href=\"\(e($0))\">" } ?? "<style>\(Self.style)</style>")</head><body>

            """
        if isDraft { out += #"<div class="draft">DỰ THẢO</div>"# + "\n" }
        let numberText = number ?? "…/QĐ-XPHC"
        out += """
            <table class="header"><tr>
            <td>\(issuer.superior.isEmpty ? "" : "<div>\(e(issuer.superior.uppercased()))</div>")<div class="bold">\(e(issuer.body.uppercased()))</div><hr class="short"><div>Số: \(e(numberText))</div></td>
            <td><div class="bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="bold">Độc lập - Tự do - Hạnh phúc</div><hr class="short"><div class="italic">\(e(issuer.place)), \(Self.writtenDate(decidedOn))</div></td>
            </tr></table>
            <h1>QUYẾT ĐỊNH</h1>
            <p class="subtitle">Xử phạt vi phạm hành chính</p>

            """

        // Căn cứ: the laws, each article applied, the record, the competence.
        var bases = ["Căn cứ Luật Xử lý vi phạm hành chính số 15/2012/QH13, được sửa đổi, bổ sung bởi Luật số 67/2020/QH14"
            + (decidedOn >= CalendarDate(year: 2025, month: 7, day: 1)! ? " và Luật số 88/2025/QH15" : "") + ";"]
        bases.append("Căn cứ Nghị định số 118/2021/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Xử lý vi phạm hành chính;")
        var seen = Set<String>()
        for line in lines where !line.legalBasis.isEmpty && seen.insert(line.legalBasis).inserted {
            bases.append("Căn cứ \(line.legalBasis);")
        }
        bases.append("Căn cứ Biên bản vi phạm hành chính số \(c.record.number) lập ngày \(Self.dayMonthYear(c.record.madeOn))"
            + (c.record.place.isEmpty ? "" : " tại \(c.record.place)") + ";")
        let title = wording.titles[signerTitle] ?? signerTitle
        bases.append(title.isEmpty
            ? "Căn cứ thẩm quyền xử phạt vi phạm hành chính của người ra quyết định."
            : "Căn cứ thẩm quyền xử phạt vi phạm hành chính của \(title).")
        out += bases.map { "<p class=\"basis\">\(e($0))</p>" }.joined(separator: "\n") + "\n"
        out += "<p class=\"center bold\">QUYẾT ĐỊNH:</p>\n"

        // Điều 1: who, what, the penalty.
        out += "<p><b>Điều 1.</b> Xử phạt vi phạm hành chính đối với:</p>\n"
        let name = subject?.name ?? "đối tượng #\(c.subjectID)"
        switch c.violatorKind {
        case .organization:
            out += "<p class=\"indent\">Tên tổ chức vi phạm: <b>\(e(name))</b></p>\n"
            if let subject {
                out += "<p class=\"indent\">Mã số thuế: \(e(subject.identifier))</p>\n"
                if !subject.address.isEmpty { out += "<p class=\"indent\">Địa chỉ trụ sở chính: \(e(subject.address))</p>\n" }
            }
        case .person:
            out += "<p class=\"indent\">Họ và tên: <b>\(e(name))</b></p>\n"
            if let subject {
                out += "<p class=\"indent\">Số định danh cá nhân: \(e(subject.identifier))</p>\n"
                if !subject.address.isEmpty { out += "<p class=\"indent\">Địa chỉ: \(e(subject.address))</p>\n" }
            }
        case .household:
            out += "<p class=\"indent\">Tên hộ kinh doanh: <b>\(e(name))</b></p>\n"
            if let subject {
                out += "<p class=\"indent\">Mã số hộ kinh doanh: \(e(subject.identifier))</p>\n"
                if !subject.address.isEmpty { out += "<p class=\"indent\">Địa điểm kinh doanh: \(e(subject.address))</p>\n" }
            }
        case .family, .community:
            // No number of its own in law: the name, the address and the representative's ID when recorded.
            out += "<p class=\"indent\">Tên \(c.violatorKind.vietnameseName): <b>\(e(name))</b></p>\n"
            if let subject {
                if !subject.identifier.isEmpty {
                    let representative = c.violatorKind == .family ? "chủ hộ" : "người đại diện"
                    out += "<p class=\"indent\">Số định danh cá nhân của \(representative): \(e(subject.identifier))</p>\n"
                }
                if !subject.address.isEmpty { out += "<p class=\"indent\">Địa chỉ: \(e(subject.address))</p>\n" }
            }
        }
        out += "<p>1. Đã thực hiện hành vi vi phạm hành chính:</p>\n<ol class=\"lines\">\n"
        for (index, line) in lines.enumerated() {
            var text = "\(line.title), quy định tại \(line.legalBasis)."
            let violation = index < c.violations.count ? c.violations[index] : nil
            let mitigating = Self.unique(c.mitigating + (violation?.mitigating ?? []))
            let aggravating = Self.unique(c.aggravating + (violation?.aggravating ?? []))
            text += " Tình tiết giảm nhẹ: " + Self.listed(mitigating, wording) + ". Tình tiết tăng nặng: "
                + Self.listed(aggravating, wording) + "."
            out += "<li>\(e(text))</li>\n"
        }
        out += "</ol>\n<p>2. Bị áp dụng hình thức xử phạt, biện pháp khắc phục hậu quả như sau:</p>\n"
        out += "<p class=\"indent\">a) Hình thức xử phạt chính:</p>\n<ol class=\"lines\">\n"
        for line in lines {
            let penalty = line.isWarning ? "cảnh cáo" : "phạt tiền \(line.fineVND.formatted(symbol: "đồng"))"
            out += "<li>\(e(line.title)): \(e(penalty)).</li>\n"
        }
        out += "</ol>\n"
        if totalFineVND > .zero || !lines.allSatisfy(\.isWarning) {
            out += """
                <p class="indent">Tổng mức phạt tiền: <b>\(e(totalFineVND.formatted(symbol: "đồng")))</b> \
                (Bằng chữ: \(e(totalFineVND.inWords))).</p>

                """
        }
        // The supplementary sanctions (hình thức xử phạt bổ sung), only when the decision recorded one: a decision
        // without them prints as it did before they were recorded.
        let supplementary = supplementarySanctions
        if !supplementary.isEmpty {
            out += "<p class=\"indent\">b) Hình thức xử phạt bổ sung:</p>\n<ul>\n"
            out += supplementary.map { "<li>\(e($0)).</li>\n" }.joined()
            out += "</ul>\n"
        }
        let remedyItem = supplementary.isEmpty ? "b)" : "c)"
        let remedies = lines.flatMap(\.remedies)
        let measures = sanctions?.remedialMeasures ?? 0
        if remedies.isEmpty && measures == 0 {
            out += "<p class=\"indent\">\(remedyItem) Biện pháp khắc phục hậu quả: không.</p>\n"
        } else {
            out += "<p class=\"indent\">\(remedyItem) Biện pháp khắc phục hậu quả:</p>\n<ul>\n"
            for remedy in remedies {
                let amount = remedy.amountVND > .zero
                    ? ": \(remedy.amountVND.formatted(symbol: "đồng")) (bằng chữ: \(remedy.amountVND.inWords.lowercasedFirst))" : ""
                out += "<li>\(e(remedy.title + amount)).</li>\n"
            }
            if measures > 0 {
                out += "<li>Số biện pháp khắc phục hậu quả áp dụng theo quyết định: \(measures).</li>\n"
            }
            out += "</ul>\n"
        }

        // Điều 2–4: effect, payment, rights, recipients.
        let violatorWord = switch c.violatorKind {
        case .organization: "Tổ chức"
        case .person: "Ông/Bà"
        case .household: "Hộ kinh doanh"
        case .family: "Hộ gia đình"
        case .community: "Cộng đồng dân cư"
        }
        let due = paymentDueOn.map { " (hạn cuối: ngày \(Self.dayMonthYear($0)))" } ?? ""
        out += """
            <p><b>Điều 2.</b> Quyết định này có hiệu lực thi hành kể từ ngày ký.</p>
            <p><b>Điều 3.</b> \(e(violatorWord)) <b>\(e(name))</b> phải nghiêm chỉnh chấp hành Quyết định xử phạt này \
            trong thời hạn 10 ngày kể từ ngày nhận được Quyết định\(e(due)), trừ trường hợp được hoãn hoặc nộp phạt \
            nhiều lần; nộp tiền phạt \(e(wording.payAt)). Quá thời hạn mà không tự nguyện chấp hành thì bị cưỡng \
            chế thi hành; cứ mỗi ngày chậm nộp phạt phải nộp thêm 0,05% trên tổng số tiền phạt chưa nộp (Điều 78 \
            Luật Xử lý vi phạm hành chính).\(enforcementExpiresOn.map { " Thời hiệu thi hành Quyết định: đến hết ngày \(Self.dayMonthYear($0)) (Điều 74)." } ?? "")</p>
            <p>\(e(violatorWord)) <b>\(e(name))</b> có quyền khiếu nại, khởi kiện đối với Quyết định này theo quy \
            định của pháp luật.</p>
            <p><b>Điều 4.</b> Quyết định này được giao cho \(e(violatorWord.lowercasedFirst)) <b>\(e(name))</b> để \
            chấp hành, và gửi cho cơ quan thu tiền phạt và các cơ quan liên quan để tổ chức thực hiện.</p>
            <table class="sign"><tr>
            <td><div class="bold italic">Nơi nhận:</div><div>- Như Điều 4;</div><div>- Lưu: hồ sơ vụ việc.</div></td>
            <td><div class="bold">NGƯỜI RA QUYẾT ĐỊNH</div><div class="bold">\(e(title.uppercased()))</div>\
            <div class="italic">(Ký, ghi rõ họ tên, đóng dấu)</div><div class="signature"></div>\
            <div class="bold">\(e(signerName))</div></td>
            </tr></table>

            """
        if isDraft {
            out += "<p class=\"note\">Dự thảo do thanhtra tính ngày \(e(Self.dayMonthYear(decidedOn))) theo gói quy tắc; chưa phải quyết định đã ban hành.</p>\n"
        } else if importedAsRecorded {
            out += "<p class=\"note\">Quyết định nhập từ sổ sách cũ, in như đã ghi.</p>\n"
        }
        out += "</body></html>\n"
        return out
    }

    /// "ngày 25 tháng 10 năm 2026", with days and months below 10 written with a leading zero as NĐ 30/2020 asks
    /// for days 1–9 and months 1–2 ("ngày 05 tháng 01 năm 2026").
    static func writtenDate(_ day: CalendarDate) -> String {
        let d = day.day < 10 ? "0\(day.day)" : "\(day.day)"
        let m = day.month < 3 ? "0\(day.month)" : "\(day.month)"
        return "ngày \(d) tháng \(m) năm \(day.year)"
    }

    /// `25/10/2026`.
    /// The supplementary sanctions of a recorded decision, one sentence each (Luật XLVPHC Điều 25, 26): the
    /// confiscation with its value in figures and words, the licences withdrawn, the activities suspended; none on a
    /// draft or a decision without them.
    var supplementarySanctions: [String] {
        guard let sanctions else { return [] }
        var said: [String] = []
        if sanctions.confiscatedVND > .zero {
            said.append(
                "Tịch thu tang vật, phương tiện vi phạm hành chính trị giá \(sanctions.confiscatedVND.formatted(symbol: "đồng")) "
                    + "(bằng chữ: \(sanctions.confiscatedVND.inWords.lowercasedFirst))")
        }
        if sanctions.licenceRevocations > 0 {
            said.append(
                "Tước quyền sử dụng giấy phép, chứng chỉ hành nghề có thời hạn: \(sanctions.licenceRevocations) trường hợp")
        }
        if sanctions.activitySuspensions > 0 {
            said.append("Đình chỉ hoạt động có thời hạn: \(sanctions.activitySuspensions) trường hợp")
        }
        return said
    }

    static func dayMonthYear(_ day: CalendarDate) -> String {
        "\(day.day < 10 ? "0" : "")\(day.day)/\(day.month < 10 ? "0" : "")\(day.month)/\(day.year)"
    }

    private static func unique(_ codes: [String]) -> [String] {
        var seen = Set<String>()
        return codes.filter { seen.insert($0).inserted }
    }

    private static func listed(_ codes: [String], _ wording: DecisionWording) -> String {
        // Numbered, since a circumstance's own text may hold a semicolon ("Vi phạm hành chính nhiều lần; tái phạm").
        switch codes.count {
        case 0: "không"
        case 1: wording.circumstances[codes[0]] ?? codes[0]
        default:
            codes.enumerated().map { "(\($0.offset + 1)) " + (wording.circumstances[$0.element] ?? $0.element) }
                .joined(separator: " ")
        }
    }

    /// The document's style sheet (A4, the national header, the DỰ THẢO mark), for ``html(issuer:wording:styleSheet:)``'s
    /// link.
    public static var printStyleSheet: String { style }

    static let style = """
        @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
        body { font-family: "Times New Roman", "Liberation Serif", "Noto Serif", serif; font-size: 14pt; line-height: 1.35; color: #000; max-width: 165mm; margin: 0 auto; }
        table.header, table.sign { width: 100%; border-collapse: collapse; }
        table.header td, table.sign td { width: 50%; vertical-align: top; text-align: center; border: none; padding: 0; }
        table.header { font-size: 13pt; }
        table.header td:first-child { width: 40%; }
        table.header td:last-child { width: 60%; white-space: nowrap; }
        table.sign { margin-top: 1.2em; page-break-inside: avoid; }
        table.sign td:first-child { text-align: left; font-size: 12pt; }
        hr.short { width: 35%; border: 0; border-top: 1px solid #000; margin: .15em auto .4em; }
        .bold { font-weight: bold; } .italic { font-style: italic; } .center { text-align: center; }
        h1 { font-size: 14pt; text-align: center; margin: 1.2em 0 0; }
        p { margin: .3em 0; text-align: justify; }
        p.subtitle { text-align: center; font-weight: bold; margin-top: 0; }
        p.basis { font-style: italic; text-indent: 1cm; }
        p.indent { text-indent: 1cm; }
        ol.lines { margin: .2em 0 .2em 1.5cm; padding: 0; }
        div.signature { height: 2.5cm; }
        div.draft { position: fixed; top: 8mm; right: 8mm; border: 2px solid #b00; color: #b00; font-weight: bold; padding: .1em .6em; }
        p.note { margin-top: 2em; font-size: 10pt; font-style: italic; color: #555; }
        @media print { div.draft { position: fixed; } }
        """
}

extension String {
    /// The text with its first letter in lower case ("Mười tám triệu đồng" → "mười tám triệu đồng").
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
